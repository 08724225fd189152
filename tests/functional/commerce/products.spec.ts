import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Product from '#models/product'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, categoryUnder, marker, productFor } from '#tests/support/commerce'
import { sqlNow } from '#platform/db/time'

const productBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Trail bottle',
  description: 'A steel bottle for long walks',
  price: 2_499,
  currency: 'eur',
  stock: 12,
  images: ['https://cdn.example.com/bottle.jpg'],
  tags: ['Outdoor', 'steel'],
  ...overrides,
})

test.group('commerce / product writes', (group) => {
  isolate(group)

  test('an approved brand creates a product it owns, with every field', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const category = await categoryUnder(null, 'Outdoor')
    const res = await client
      .post(`${API}/products`)
      .bearerToken(brand.token)
      .json(productBody({ categoryId: category.id, active: false }))
    res.assertStatus(201)
    assert.containsSubset(res.body().data, {
      name: 'Trail bottle',
      description: 'A steel bottle for long walks',
      price: 2_499,
      currency: 'EUR',
      stock: 12,
      inStock: true,
      images: ['https://cdn.example.com/bottle.jpg'],
      tags: ['outdoor', 'steel'],
      category: { id: category.id, name: 'Outdoor' },
      brandId: brand.user.id,
      featured: false,
      active: false,
    })
  })

  test('admins create platform products (no brand) and alone may feature them', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const res = await client
      .post(`${API}/products`)
      .bearerToken(admin.token)
      .json(productBody({ featured: true }))
    res.assertStatus(201)
    assert.isNull(res.body().data.brandId)
    assert.isTrue(res.body().data.featured)

    const brand = await actor('sponsor')
    const featuring = await client
      .post(`${API}/products`)
      .bearerToken(brand.token)
      .json(productBody({ featured: true }))
    featuring.assertStatus(403)
    const own = await client.post(`${API}/products`).bearerToken(brand.token).json(productBody())
    ;(
      await client
        .patch(`${API}/products/${own.body().data.id}`)
        .bearerToken(brand.token)
        .json({ featured: true })
    ).assertStatus(403)
    const featured = await client
      .patch(`${API}/products/${own.body().data.id}`)
      .bearerToken(admin.token)
      .json({ featured: true })
    featured.assertStatus(200)
    assert.isTrue(featured.body().data.featured)
  })

  test('pending brands get 403 with the reason; shoppers and influencers 403; anonymous 401', async ({
    client,
  }) => {
    const pending = await actor('pendingSponsor')
    const refused = await client
      .post(`${API}/products`)
      .bearerToken(pending.token)
      .json(productBody())
    refused.assertStatus(403)
    refused.assertBodyContains({
      errors: [{ code: 'E_FORBIDDEN', message: 'Your brand account is pending approval' }],
    })
    for (const persona of ['shopper', 'influencer'] as const) {
      const { token } = await actor(persona)
      ;(await client.post(`${API}/products`).bearerToken(token).json(productBody())).assertStatus(
        403
      )
    }
    ;(await client.post(`${API}/products`).json(productBody())).assertStatus(401)
  })

  test('a brand edits and deletes only its own products; another brand gets 404', async ({
    client,
    assert,
  }) => {
    const owner = await actor('sponsor')
    const other = await actor('sponsor')
    const created = await client
      .post(`${API}/products`)
      .bearerToken(owner.token)
      .json(productBody())
    const id = created.body().data.id

    const edited = await client
      .patch(`${API}/products/${id}`)
      .bearerToken(owner.token)
      .json({ price: 1_999, stock: 0, tags: ['sale'] })
    edited.assertStatus(200)
    assert.containsSubset(edited.body().data, {
      price: 1_999,
      stock: 0,
      inStock: false,
      tags: ['sale'],
      name: 'Trail bottle',
    })

    ;(
      await client.patch(`${API}/products/${id}`).bearerToken(other.token).json({ price: 1 })
    ).assertStatus(404)
    ;(await client.delete(`${API}/products/${id}`).bearerToken(other.token)).assertStatus(404)
    const shopper = await actor('shopper')
    ;(
      await client.patch(`${API}/products/${id}`).bearerToken(shopper.token).json({ price: 1 })
    ).assertStatus(403)
    assert.equal((await Product.findOrFail(id)).price, 1_999)

    ;(await client.delete(`${API}/products/${id}`).bearerToken(owner.token)).assertStatus(204)
    assert.isNull(await Product.find(id))
    ;(await client.delete(`${API}/products/${id}`).bearerToken(owner.token)).assertStatus(404)

    const platform = await productFor()
    ;(
      await client
        .patch(`${API}/products/${platform.id}`)
        .bearerToken(owner.token)
        .json({ price: 1 })
    ).assertStatus(404)
    const admin = await actor('admin')
    ;(
      await client
        .patch(`${API}/products/${platform.id}`)
        .bearerToken(admin.token)
        .json({ price: 5 })
    ).assertStatus(200)
  })

  test('invalid products are refused with 422 naming each field', async ({ client, assert }) => {
    const brand = await actor('sponsor')
    const fields = async (body: Record<string, unknown>) => {
      const res = await client.post(`${API}/products`).bearerToken(brand.token).json(body)
      res.assertStatus(422)
      return res.body().errors.map((e: { field: string }) => e.field)
    }
    assert.sameMembers(await fields(productBody({ price: 10.5, stock: -1 })), ['price', 'stock'])
    assert.sameMembers(
      await fields(productBody({ images: ['javascript:alert(1)'], currency: 'EURO' })),
      ['images.0', 'currency']
    )
    assert.sameMembers(await fields({ price: 100 }), ['name', 'description'])
    assert.sameMembers(await fields(productBody({ categoryId: 999_999_999 })), ['categoryId'])
  })
})

test.group('commerce / product reads', (group) => {
  isolate(group)

  test('shoppers see only listable products: inactive, hidden and unapproved or blocked brands are not shown', async ({
    client,
    assert,
  }) => {
    const tag = marker()
    const approved = await actor('sponsor')
    const pending = await actor('pendingSponsor')
    const blocked = await actor('sponsor')
    await User.query().where('id', blocked.user.id).update({ blocked_at: sqlNow() })
    const shown = [
      await productFor({ tags: [tag] }),
      await productFor({ tags: [tag], brandId: approved.user.id }),
    ]
    const hidden = [
      await productFor({ tags: [tag], active: false }),
      await productFor({ tags: [tag], hiddenAt: DateTime.utc() }),
      await productFor({ tags: [tag], brandId: pending.user.id }),
      await productFor({ tags: [tag], brandId: blocked.user.id }),
    ]
    const list = await client.get(`${API}/products?tags=${tag}`)
    list.assertStatus(200)
    assert.sameMembers(
      list.body().data.map((p: { id: number }) => p.id),
      shown.map((p) => p.id)
    )
    for (const product of hidden)
      (await client.get(`${API}/products/${product.id}`)).assertStatus(404)
    ;(await client.get(`${API}/products/${shown[1].id}`)).assertStatus(200)
    ;(await client.get(`${API}/products/999999999`)).assertStatus(404)
  })

  test('filters: category with its descendants, price range, every tag, text search, in stock', async ({
    client,
    assert,
  }) => {
    const tag = marker()
    const root = await categoryUnder(null, 'Tech')
    const child = await categoryUnder(root, 'Audio')
    const other = await categoryUnder(null, 'Food')
    const inRoot = await productFor({
      tags: [tag, 'red'],
      categoryId: root.id,
      price: 1_000,
      stock: 3,
    })
    const inChild = await productFor({
      tags: [tag, 'red', 'big'],
      categoryId: child.id,
      price: 5_000,
      stock: 0,
    })
    const elsewhere = await productFor({
      tags: [tag],
      categoryId: other.id,
      price: 9_000,
      stock: 1,
      name: `Espresso grinder ${tag}`,
    })
    const ids = async (query: string, tags = tag) => {
      const res = await client.get(`${API}/products?tags=${encodeURIComponent(tags)}&${query}`)
      res.assertStatus(200)
      return res.body().data.map((p: { id: number }) => p.id)
    }
    assert.sameMembers(await ids(`category=${root.id}`), [inRoot.id, inChild.id])
    assert.sameMembers(await ids(`category=${child.id}`), [inChild.id])
    assert.sameMembers(await ids('minPrice=1000&maxPrice=5000'), [inRoot.id, inChild.id])
    assert.sameMembers(await ids('minPrice=5001'), [elsewhere.id])
    assert.sameMembers(await ids('', `${tag}, RED`), [inRoot.id, inChild.id])
    assert.sameMembers(await ids('', `big,${tag},red`), [inChild.id])
    assert.sameMembers(await ids('q=ESPRESSO'), [elsewhere.id])
    assert.sameMembers(await ids('inStock=true'), [inRoot.id, elsewhere.id])
    assert.sameMembers(await ids('inStock=false'), [inChild.id])
    ;(await client.get(`${API}/products?category=999999999`)).assertStatus(422)
    ;(await client.get(`${API}/products?minPrice=-1&sort=random`)).assertStatus(422)
  })

  test("every catalogue read shows the product's category (id, name, slug), or null without one", async ({
    client,
    assert,
  }) => {
    const tag = marker()
    const category = await categoryUnder(null, `Lamps ${tag}`)
    const lamp = await productFor({
      tags: [tag],
      categoryId: category.id,
      featured: true,
      salesCount: 3_000_000,
    })
    const loose = await productFor({ tags: [tag], categoryId: null, salesCount: 1 })
    const shown = { id: category.id, name: category.name, slug: category.slug }
    // Rows written without the API: a product change drops the cached catalogue.
    const admin = await actor('admin')
    ;(
      await client
        .patch(`${API}/products/${lamp.id}`)
        .bearerToken(admin.token)
        .json({ featured: true })
    ).assertStatus(200)

    const list = (await client.get(`${API}/products?tags=${tag}&sort=popular`)).body().data
    assert.deepEqual(
      list.map((p: { id: number; category: unknown }) => [p.id, p.category]),
      [
        [lamp.id, shown],
        [loose.id, null],
      ]
    )
    assert.deepEqual((await client.get(`${API}/products/${lamp.id}`)).body().data.category, shown)
    assert.isNull((await client.get(`${API}/products/${loose.id}`)).body().data.category)
    const featured = (await client.get(`${API}/products/featured?limit=1`)).body().data
    assert.deepEqual(
      featured.map((p: { id: number; category: unknown }) => [p.id, p.category]),
      [[lamp.id, shown]]
    )
  })

  test('sorting and the one pagination shape', async ({ client, assert }) => {
    const tag = marker()
    const cheap = await productFor({ tags: [tag], price: 100, name: 'Banana', salesCount: 5 })
    const dear = await productFor({ tags: [tag], price: 900, name: 'Apple', salesCount: 1 })
    const middle = await productFor({ tags: [tag], price: 500, name: 'Cherry', salesCount: 9 })
    const order = async (sort: string) => {
      const res = await client.get(`${API}/products?tags=${tag}&sort=${sort}`)
      return res.body().data.map((p: { id: number }) => p.id)
    }
    assert.deepEqual(await order('price_asc'), [cheap.id, middle.id, dear.id])
    assert.deepEqual(await order('price_desc'), [dear.id, middle.id, cheap.id])
    assert.deepEqual(await order('name'), [dear.id, cheap.id, middle.id])
    assert.deepEqual(await order('popular'), [middle.id, cheap.id, dear.id])
    assert.deepEqual(await order('newest'), [middle.id, dear.id, cheap.id])

    const page = await client.get(`${API}/products?tags=${tag}&sort=price_asc&page=2&perPage=2`)
    page.assertStatus(200)
    assert.deepEqual(
      page.body().data.map((p: { id: number }) => p.id),
      [dear.id]
    )
    assert.containsSubset(page.body().meta, { page: 2, perPage: 2, total: 3, lastPage: 2 })
    assert.isString(page.body().meta.computedAt)
    ;(await client.get(`${API}/products?perPage=101`)).assertStatus(422)
  })

  test('featured products: featured and listable only, best sellers first', async ({
    client,
    assert,
  }) => {
    const first = await productFor({ featured: true, salesCount: 1_000_000 })
    const second = await productFor({ featured: true, salesCount: 999_999 })
    const notListed = await productFor({ featured: true, salesCount: 2_000_000, active: false })
    // A product change drops the cached featured list (these rows were written without the API).
    const admin = await actor('admin')
    ;(
      await client
        .patch(`${API}/products/${second.id}`)
        .bearerToken(admin.token)
        .json({ featured: true })
    ).assertStatus(200)
    const res = await client.get(`${API}/products/featured?limit=2`)
    res.assertStatus(200)
    assert.deepEqual(
      res.body().data.map((p: { id: number }) => p.id),
      [first.id, second.id]
    )
    assert.notInclude(
      res.body().data.map((p: { id: number }) => p.id),
      notListed.id
    )
    ;(await client.get(`${API}/products/featured?limit=0`)).assertStatus(422)
  })
})
