import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import { CACHE_PREFIX } from '#config/cache'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, addToCart, productFor } from '#tests/support/commerce'

test.group('commerce / cart', (group) => {
  isolate(group)

  test('add, add again, set the quantity, remove a line and clear the cart', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const mug = await productFor({ price: 1_250, stock: 10 })
    const pen = await productFor({ price: 300, stock: 5 })

    const first = await client
      .post(`${API}/cart/items`)
      .bearerToken(token)
      .json({ productId: mug.id, quantity: 2 })
    first.assertStatus(201)
    assert.containsSubset(first.body().data, [
      {
        productId: mug.id,
        quantity: 2,
        unitPrice: 1_250,
        lineTotal: 2_500,
        product: { id: mug.id },
      },
    ])
    const again = await client
      .post(`${API}/cart/items`)
      .bearerToken(token)
      .json({ productId: mug.id })
    again.assertStatus(200)
    assert.equal(again.body().data[0].quantity, 3)
    await addToCart(client, token, pen.id, 1)

    const set = await client
      .patch(`${API}/cart/items/${pen.id}`)
      .bearerToken(token)
      .json({ quantity: 4 })
    set.assertStatus(200)
    assert.deepEqual(
      set
        .body()
        .data.map((l: { productId: number; quantity: number }) => [l.productId, l.quantity]),
      [
        [mug.id, 3],
        [pen.id, 4],
      ]
    )
    const removed = await client.delete(`${API}/cart/items/${mug.id}`).bearerToken(token)
    removed.assertStatus(200)
    assert.deepEqual(
      removed.body().data.map((l: { productId: number }) => l.productId),
      [pen.id]
    )
    ;(await client.delete(`${API}/cart/items/${mug.id}`).bearerToken(token)).assertStatus(404)

    ;(await client.delete(`${API}/cart`).bearerToken(token)).assertStatus(204)
    const empty = await client.get(`${API}/cart`).bearerToken(token)
    empty.assertStatus(200)
    assert.deepEqual(empty.body().data, [])
  })

  test('quantities stay within stock (409) and limits (422); unknown or unlisted products 404', async ({
    client,
  }) => {
    const { token } = await actor('shopper')
    const scarce = await productFor({ stock: 2 })
    const hidden = await productFor({ active: false })
    await addToCart(client, token, scarce.id, 2)
    const over = await client
      .post(`${API}/cart/items`)
      .bearerToken(token)
      .json({ productId: scarce.id, quantity: 1 })
    over.assertStatus(409)
    over.assertBodyContains({ errors: [{ code: 'E_INSUFFICIENT_STOCK' }] })
    ;(
      await client.patch(`${API}/cart/items/${scarce.id}`).bearerToken(token).json({ quantity: 3 })
    ).assertStatus(409)
    ;(
      await client.patch(`${API}/cart/items/${scarce.id}`).bearerToken(token).json({ quantity: 0 })
    ).assertStatus(422)
    ;(
      await client
        .post(`${API}/cart/items`)
        .bearerToken(token)
        .json({ productId: scarce.id, quantity: 1.5 })
    ).assertStatus(422)
    ;(
      await client.post(`${API}/cart/items`).bearerToken(token).json({ productId: 999_999_999 })
    ).assertStatus(404)
    ;(
      await client.post(`${API}/cart/items`).bearerToken(token).json({ productId: hidden.id })
    ).assertStatus(404)
  })

  test('one currency per cart: a product in another currency is refused with 409', async ({
    client,
  }) => {
    const { token } = await actor('shopper')
    await addToCart(client, token, (await productFor({ currency: 'USD' })).id)
    const euro = await client
      .post(`${API}/cart/items`)
      .bearerToken(token)
      .json({ productId: (await productFor({ currency: 'EUR' })).id })
    euro.assertStatus(409)
    euro.assertBodyContains({ errors: [{ code: 'E_CURRENCY_MISMATCH' }] })
  })

  test('the total is computed on the server with tax, cached per shopper for 2 minutes and dropped on every change', async ({
    client,
    assert,
  }) => {
    const { token, user } = await actor('shopper')
    const book = await productFor({ price: 1_999, stock: 10 })
    const empty = await client.get(`${API}/cart/total`).bearerToken(token)
    empty.assertStatus(200)
    assert.containsSubset(empty.body().data, {
      itemCount: 0,
      subtotal: 0,
      tax: 0,
      total: 0,
      currency: null,
    })

    await addToCart(client, token, book.id, 3)
    const total = await client.get(`${API}/cart/total`).bearerToken(token)
    const rate = total.body().data.taxRateBp
    assert.containsSubset(total.body().data, { itemCount: 3, subtotal: 5_997, currency: 'USD' })
    assert.equal(total.body().data.tax, Math.round((5_997 * rate) / 10_000))
    assert.equal(total.body().data.total, 5_997 + total.body().data.tax)

    const cached = await client.get(`${API}/cart/total`).bearerToken(token)
    assert.equal(cached.body().meta.computedAt, total.body().meta.computedAt)
    const ttl = await redis.pttl(`${CACHE_PREFIX}:cartTotal:${user.id}`)
    assert.isAbove(ttl, 100_000)
    assert.isAtMost(ttl, 120_000)

    const changes = [
      () => client.patch(`${API}/cart/items/${book.id}`).bearerToken(token).json({ quantity: 1 }),
      () => client.post(`${API}/cart/items`).bearerToken(token).json({ productId: book.id }),
      () => client.delete(`${API}/cart/items/${book.id}`).bearerToken(token),
      () => client.delete(`${API}/cart`).bearerToken(token),
    ]
    const expected = [1, 2, 0, 0]
    for (const [index, change] of changes.entries()) {
      if (index === 3) await addToCart(client, token, book.id, 1)
      ;(await client.get(`${API}/cart/total`).bearerToken(token)).assertStatus(200)
      await change()
      const after = await client.get(`${API}/cart/total`).bearerToken(token)
      assert.equal(after.body().data.itemCount, expected[index], `after change #${index}`)
    }
  })

  test("a shopper's cart is their own: another shopper's lines answer 404 and stay untouched", async ({
    client,
    assert,
  }) => {
    const owner = await actor('shopper')
    const other = await actor('shopper')
    const gift = await productFor()
    await addToCart(client, owner.token, gift.id, 2)
    ;(
      await client
        .patch(`${API}/cart/items/${gift.id}`)
        .bearerToken(other.token)
        .json({ quantity: 5 })
    ).assertStatus(404)
    ;(await client.delete(`${API}/cart/items/${gift.id}`).bearerToken(other.token)).assertStatus(
      404
    )
    ;(await client.delete(`${API}/cart`).bearerToken(other.token)).assertStatus(204)
    assert.deepEqual((await client.get(`${API}/cart`).bearerToken(other.token)).body().data, [])
    const mine = await client.get(`${API}/cart`).bearerToken(owner.token)
    assert.deepEqual(
      mine.body().data.map((l: { quantity: number }) => l.quantity),
      [2]
    )
  })

  test('only shoppers have carts: other accounts get 403, anonymous callers 401', async ({
    client,
  }) => {
    const gift = await productFor()
    for (const persona of ['admin', 'sponsor', 'influencer'] as const) {
      const { token } = await actor(persona)
      ;(await client.get(`${API}/cart`).bearerToken(token)).assertStatus(403)
      ;(
        await client.post(`${API}/cart/items`).bearerToken(token).json({ productId: gift.id })
      ).assertStatus(403)
    }
    ;(await client.get(`${API}/cart/total`)).assertStatus(401)
  })
})
