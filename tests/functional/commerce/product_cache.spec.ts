import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import { CACHE_PREFIX } from '#config/cache'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, addToCart, checkout, marker, productFor, shopper } from '#tests/support/commerce'
import { claim, report, resolve, type ReportBody } from '#tests/support/moderation'
import type { ApiClient } from '@japa/api-client'

/** Remaining lifetime of a cache entry in Redis, in seconds. */
const ttlOf = async (key: string) => (await redis.pttl(`${CACHE_PREFIX}:${key}`)) / 1000

test.group('commerce / product cache', (group) => {
  isolate(group)

  const brandProduct = async (client: ApiClient, overrides: Record<string, unknown> = {}) => {
    const brand = await actor('sponsor')
    const tag = marker()
    const res = await client
      .post(`${API}/products`)
      .bearerToken(brand.token)
      .json({
        name: 'Cached kettle',
        description: 'Boils',
        price: 3_000,
        stock: 5,
        tags: [tag],
        ...overrides,
      })
    res.assertStatus(201)
    return { brand, tag, product: res.body().data }
  }

  test('lists are cached 30 minutes and products 1 hour; repeated reads answer the first computation', async ({
    client,
    assert,
  }) => {
    const { tag, product } = await brandProduct(client)
    const list = `${API}/products?tags=${tag}`
    const first = await client.get(list)
    const again = await client.get(list)
    assert.equal(again.body().meta.computedAt, first.body().meta.computedAt)
    const listTtl = await ttlOf(`productList:products?tags=${tag}&sort=newest&page=1&perPage=20`)
    assert.isAbove(listTtl, 29 * 60)
    assert.isAtMost(listTtl, 30 * 60)

    const shown = await client.get(`${API}/products/${product.id}`)
    const shownAgain = await client.get(`${API}/products/${product.id}`)
    assert.equal(shownAgain.body().meta.computedAt, shown.body().meta.computedAt)
    const productTtl = await ttlOf(`product:${product.id}`)
    assert.isAbove(productTtl, 59 * 60)
    assert.isAtMost(productTtl, 60 * 60)
  })

  test('a price change shows at once in the list, the product and the cart total', async ({
    client,
    assert,
  }) => {
    const { brand, tag, product } = await brandProduct(client)
    const me = await shopper(client)
    await addToCart(client, me.token, product.id, 2)
    const list = `${API}/products?tags=${tag}`
    assert.equal((await client.get(list)).body().data[0].price, 3_000)
    assert.equal((await client.get(`${API}/products/${product.id}`)).body().data.price, 3_000)
    assert.equal(
      (await client.get(`${API}/cart/total`).bearerToken(me.token)).body().data.subtotal,
      6_000
    )

    ;(
      await client
        .patch(`${API}/products/${product.id}`)
        .bearerToken(brand.token)
        .json({ price: 2_500 })
    ).assertStatus(200)

    assert.equal((await client.get(list)).body().data[0].price, 2_500)
    assert.equal((await client.get(`${API}/products/${product.id}`)).body().data.price, 2_500)
    assert.equal(
      (await client.get(`${API}/cart/total`).bearerToken(me.token)).body().data.subtotal,
      5_000
    )
  })

  test('deactivating or deleting a product drops it from cached reads at once', async ({
    client,
    assert,
  }) => {
    const { brand, tag, product } = await brandProduct(client)
    const list = `${API}/products?tags=${tag}`
    assert.lengthOf((await client.get(list)).body().data, 1)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(200)
    ;(
      await client
        .patch(`${API}/products/${product.id}`)
        .bearerToken(brand.token)
        .json({ active: false })
    ).assertStatus(200)
    assert.lengthOf((await client.get(list)).body().data, 0)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(404)

    const other = await brandProduct(client)
    ;(await client.get(`${API}/products/${other.product.id}`)).assertStatus(200)
    ;(
      await client.delete(`${API}/products/${other.product.id}`).bearerToken(other.brand.token)
    ).assertStatus(204)
    ;(await client.get(`${API}/products/${other.product.id}`)).assertStatus(404)
  })

  test('stock sold at checkout shows at once in the cached product and list', async ({
    client,
    assert,
  }) => {
    const { tag, product } = await brandProduct(client, { stock: 3 })
    const list = `${API}/products?tags=${tag}&inStock=true`
    assert.lengthOf((await client.get(list)).body().data, 1)
    assert.equal((await client.get(`${API}/products/${product.id}`)).body().data.stock, 3)

    const me = await shopper(client)
    await addToCart(client, me.token, product.id, 3)
    ;(await checkout(client, me.token, me.addressId)).assertStatus(201)

    const shown = (await client.get(`${API}/products/${product.id}`)).body().data
    assert.containsSubset(shown, { stock: 0, inStock: false, salesCount: 3 })
    assert.lengthOf((await client.get(list)).body().data, 0)
  })

  test('a category change drops cached lists filtered by it', async ({ client, assert }) => {
    const admin = await actor('admin')
    const parent = (
      await client
        .post(`${API}/admin/product-categories`)
        .bearerToken(admin.token)
        .json({ name: `Parent ${marker()}` })
    ).body().data
    const child = (
      await client
        .post(`${API}/admin/product-categories`)
        .bearerToken(admin.token)
        .json({ name: `Child ${marker()}` })
    ).body().data
    const { product } = await brandProduct(client, { categoryId: child.id })
    const list = `${API}/products?category=${parent.id}`
    assert.lengthOf((await client.get(list)).body().data, 0)
    ;(
      await client
        .patch(`${API}/admin/product-categories/${child.id}`)
        .bearerToken(admin.token)
        .json({ parentId: parent.id })
    ).assertStatus(200)
    assert.deepEqual(
      (await client.get(list)).body().data.map((p: { id: number }) => p.id),
      [product.id]
    )
  })

  test('a product hidden by moderation leaves cached reads at once', async ({ client, assert }) => {
    const { tag, product } = await brandProduct(client)
    const list = `${API}/products?tags=${tag}`
    assert.lengthOf((await client.get(list)).body().data, 1)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(200)

    const reporter = await actor('shopper')
    const admin = await actor('admin')
    const filed = await report(client, reporter, 'product', product.id, 'fraud')
    const claimed = (await claim(client, admin, filed.id)).body().data as ReportBody
    ;(await resolve(client, admin, claimed.id, 'hide', claimed.version)).assertStatus(200)

    assert.lengthOf((await client.get(list)).body().data, 0)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(404)
  })

  test('approving or blocking a brand shows or hides its products in cached reads at once', async ({
    client,
    assert,
  }) => {
    const brand = await actor('pendingSponsor')
    const admin = await actor('admin')
    const tag = marker()
    const product = await productFor({ brandId: brand.user.id, tags: [tag] })
    const list = `${API}/products?tags=${tag}`
    assert.lengthOf((await client.get(list)).body().data, 0)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(404)

    ;(
      await client.post(`${API}/admin/users/${brand.user.id}/approve`).bearerToken(admin.token)
    ).assertStatus(200)
    assert.lengthOf((await client.get(list)).body().data, 1)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(200)

    ;(
      await client
        .post(`${API}/admin/users/${brand.user.id}/block`)
        .bearerToken(admin.token)
        .json({ reason: 'Counterfeits' })
    ).assertStatus(200)
    assert.lengthOf((await client.get(list)).body().data, 0)
    ;(await client.get(`${API}/products/${product.id}`)).assertStatus(404)
  })

  test('the cache warmer precomputes the first product page and the featured products', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    // A product write drops whatever an earlier test left cached.
    await brandProduct(client)
    const before = Date.now()
    const warmed = await client
      .post(`${API}/admin/cache/warm`)
      .bearerToken(admin.token)
      .json({ only: ['catalogue'] })
    warmed.assertStatus(200)
    assert.deepEqual(warmed.body().data.warmed, ['catalogue'])
    const after = Date.now()
    for (const path of ['/products', '/products/featured']) {
      const computedAt = Date.parse((await client.get(`${API}${path}`)).body().meta.computedAt)
      assert.isAtLeast(computedAt, before - 1, path)
      assert.isAtMost(computedAt, after, path)
    }
  })
})
