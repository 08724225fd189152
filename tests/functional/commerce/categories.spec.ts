import { test } from '@japa/runner'
import Category from '#models/category'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, marker, productFor } from '#tests/support/commerce'

type Node = { id: number; name: string; path: string; productCount?: number; children: Node[] }

const find = (nodes: Node[], id: number): Node | undefined => {
  for (const node of nodes) {
    if (node.id === id) return node
    const found = find(node.children, id)
    if (found) return found
  }
}

test.group('commerce / product categories', (group) => {
  isolate(group)

  test('admins build a nested tree; the tree endpoint nests it and the list is parents first', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const create = async (body: Record<string, unknown>) => {
      const res = await client.post(`${API}/admin/product-categories`).bearerToken(token).json(body)
      res.assertStatus(201)
      return res.body().data as { id: number; path: string; slug: string; parentId: number | null }
    }
    const tag = marker()
    const root = await create({ name: `Home ${tag}` })
    const kitchen = await create({
      name: 'Kitchen',
      slug: `kitchen-${tag}`,
      parentId: root.id,
      position: 2,
    })
    const garden = await create({
      name: 'Garden',
      slug: `garden-${tag}`,
      parentId: root.id,
      position: 1,
    })
    const knives = await create({ name: 'Knives', slug: `knives-${tag}`, parentId: kitchen.id })
    assert.equal(root.slug, `home-${tag}`)
    assert.equal(knives.path, `/${root.id}/${kitchen.id}/${knives.id}/`)

    await productFor({ categoryId: knives.id })
    await productFor({ categoryId: garden.id })
    await productFor({ categoryId: garden.id, active: false })

    const tree = await client.get(`${API}/product-categories/tree?counts=true`)
    tree.assertStatus(200)
    const node = find(tree.body().data, root.id)!
    assert.deepEqual(
      node.children.map((c) => c.id),
      [garden.id, kitchen.id]
    )
    assert.deepEqual(
      node.children[1].children.map((c) => c.id),
      [knives.id]
    )
    // Counts include descendants and only listable products.
    assert.equal(node.productCount, 2)
    assert.equal(node.children[0].productCount, 1)

    const list = await client.get(`${API}/product-categories`)
    list.assertStatus(200)
    const ids = list.body().data.map((c: { id: number }) => c.id)
    const mine = ids.filter((id: number) =>
      [root.id, kitchen.id, garden.id, knives.id].includes(id)
    )
    assert.deepEqual(mine, [root.id, garden.id, kitchen.id, knives.id])
    assert.notProperty(list.body().data[0], 'productCount')
  })

  test('moving a category moves its subtree; it cannot move under its own descendant', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const tag = marker()
    const a = await client
      .post(`${API}/admin/product-categories`)
      .bearerToken(token)
      .json({ name: `A ${tag}` })
    const b = await client
      .post(`${API}/admin/product-categories`)
      .bearerToken(token)
      .json({ name: `B ${tag}` })
    const child = await client
      .post(`${API}/admin/product-categories`)
      .bearerToken(token)
      .json({ name: `C ${tag}`, parentId: a.body().data.id })
    const leaf = await client
      .post(`${API}/admin/product-categories`)
      .bearerToken(token)
      .json({ name: `D ${tag}`, parentId: child.body().data.id })
    const [aId, bId, childId, leafId] = [a, b, child, leaf].map((r) => r.body().data.id as number)

    const moved = await client
      .patch(`${API}/admin/product-categories/${childId}`)
      .bearerToken(token)
      .json({ parentId: bId, name: 'Renamed' })
    moved.assertStatus(200)
    assert.equal(moved.body().data.path, `/${bId}/${childId}/`)
    assert.equal(moved.body().data.name, 'Renamed')
    assert.equal((await Category.findOrFail(leafId)).path, `/${bId}/${childId}/${leafId}/`)

    const loop = await client
      .patch(`${API}/admin/product-categories/${bId}`)
      .bearerToken(token)
      .json({ parentId: leafId })
    loop.assertStatus(422)
    loop.assertBodyContains({ errors: [{ field: 'parentId' }] })
    const toRoot = await client
      .patch(`${API}/admin/product-categories/${childId}`)
      .bearerToken(token)
      .json({ parentId: null })
    toRoot.assertStatus(200)
    assert.equal(toRoot.body().data.path, `/${childId}/`)
    assert.equal((await Category.findOrFail(leafId)).path, `/${childId}/${leafId}/`)
    assert.isNotNull(await Category.find(aId))
  })

  test('slugs are unique, parents must exist, and a category with children or products is not deleted', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const slug = `dup-${marker()}`
    ;(
      await client
        .post(`${API}/admin/product-categories`)
        .bearerToken(token)
        .json({ name: 'One', slug })
    ).assertStatus(201)
    const dup = await client
      .post(`${API}/admin/product-categories`)
      .bearerToken(token)
      .json({ name: 'Two', slug })
    dup.assertStatus(409)
    dup.assertBodyContains({ errors: [{ code: 'E_SLUG_TAKEN' }] })
    const orphan = await client
      .post(`${API}/admin/product-categories`)
      .bearerToken(token)
      .json({ name: 'Orphan', parentId: 999_999_999 })
    orphan.assertStatus(422)
    orphan.assertBodyContains({ errors: [{ field: 'parentId' }] })
    ;(
      await client.post(`${API}/admin/product-categories`).bearerToken(token).json({ name: '' })
    ).assertStatus(422)

    const parent = (
      await client
        .post(`${API}/admin/product-categories`)
        .bearerToken(token)
        .json({ name: `P ${marker()}` })
    ).body().data
    const child = (
      await client
        .post(`${API}/admin/product-categories`)
        .bearerToken(token)
        .json({ name: 'Kid', slug: `kid-${marker()}`, parentId: parent.id })
    ).body().data
    const withChildren = await client
      .delete(`${API}/admin/product-categories/${parent.id}`)
      .bearerToken(token)
    withChildren.assertStatus(409)
    withChildren.assertBodyContains({ errors: [{ code: 'E_CATEGORY_HAS_CHILDREN' }] })
    const product = await productFor({ categoryId: child.id })
    const withProducts = await client
      .delete(`${API}/admin/product-categories/${child.id}`)
      .bearerToken(token)
    withProducts.assertStatus(409)
    withProducts.assertBodyContains({ errors: [{ code: 'E_CATEGORY_HAS_PRODUCTS' }] })
    await product.delete()
    ;(
      await client.delete(`${API}/admin/product-categories/${child.id}`).bearerToken(token)
    ).assertStatus(204)
    ;(
      await client.delete(`${API}/admin/product-categories/${parent.id}`).bearerToken(token)
    ).assertStatus(204)
    assert.isNull(await Category.find(parent.id))
    ;(
      await client.delete(`${API}/admin/product-categories/${parent.id}`).bearerToken(token)
    ).assertStatus(404)
  })

  test('only admins write categories: others get 403, anonymous callers 401', async ({
    client,
  }) => {
    for (const persona of ['sponsor', 'shopper', 'influencer'] as const) {
      const { token } = await actor(persona)
      const res = await client
        .post(`${API}/admin/product-categories`)
        .bearerToken(token)
        .json({ name: 'Nope' })
      res.assertStatus(403)
    }
    ;(await client.post(`${API}/admin/product-categories`).json({ name: 'Nope' })).assertStatus(401)
    ;(await client.get(`${API}/product-categories/tree`)).assertStatus(200)
  })
})

test.group('commerce / product category detail', (group) => {
  isolate(group)

  test('a category answers with its ancestors, its children and its listable products, descendants included', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const create = async (body: Record<string, unknown>) => {
      const res = await client.post(`${API}/admin/product-categories`).bearerToken(token).json(body)
      res.assertStatus(201)
      return res.body().data as { id: number }
    }
    const tag = marker()
    const root = await create({ name: `Home ${tag}` })
    const kitchen = await create({ name: 'Kitchen', slug: `kitchen-${tag}`, parentId: root.id })
    const pans = await create({
      name: 'Pans',
      slug: `pans-${tag}`,
      parentId: kitchen.id,
      position: 2,
    })
    const knives = await create({
      name: 'Knives',
      slug: `knives-${tag}`,
      parentId: kitchen.id,
      position: 1,
    })
    const blades = await create({ name: 'Blades', slug: `blades-${tag}`, parentId: knives.id })
    await productFor({ categoryId: kitchen.id })
    await productFor({ categoryId: blades.id })
    await productFor({ categoryId: knives.id })
    await productFor({ categoryId: pans.id, active: false })

    const res = await client.get(`${API}/product-categories/${kitchen.id}`)
    res.assertStatus(200)
    const data = res.body().data
    assert.equal(data.id, kitchen.id)
    assert.equal(data.productCount, 3)
    assert.deepEqual(
      data.ancestors.map((a: { id: number }) => a.id),
      [root.id]
    )
    assert.deepEqual(
      data.children.map((c: { id: number; productCount: number }) => [c.id, c.productCount]),
      [
        [knives.id, 2],
        [pans.id, 0],
      ]
    )

    const leaf = (await client.get(`${API}/product-categories/${blades.id}`)).body().data
    assert.deepEqual(
      leaf.ancestors.map((a: { id: number }) => a.id),
      [root.id, kitchen.id, knives.id]
    )
    assert.deepEqual(leaf.children, [])
    assert.equal(leaf.productCount, 1)
  })

  test('an unknown or malformed category id is 404', async ({ client }) => {
    for (const id of ['999999999', '0', '-1', 'abc', '99999999999', '1.5']) {
      const res = await client.get(`${API}/product-categories/${id}`)
      res.assertStatus(404)
    }
  })
})
