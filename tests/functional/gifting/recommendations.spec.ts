import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import RecommendationInteraction from '#models/recommendation_interaction'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import {
  API,
  categoryUnder,
  priceBand,
  productFor,
  productIds,
  startSession,
  swipe,
} from '#tests/support/gifting'

type Client = Parameters<typeof startSession>[0]

const generate = (
  client: Client,
  token: string,
  sessionId: number,
  body: Record<string, unknown> = {}
) =>
  client.post(`${API}/gifting/sessions/${sessionId}/recommendations`).bearerToken(token).json(body)

test.group('gifting / recommendations: scoring', (group) => {
  isolate(group)

  test('the score follows the documented formula and its breakdown is returned', async ({
    client,
    assert,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const root = await categoryUnder(null, 'Music')
    const vinyl = await categoryUnder(root, 'Vinyl')
    const radio = await categoryUnder(root, 'Radio')
    const liked = await productFor({ categoryId: vinyl.id, tags: ['jazz'], price: band.at(400) })
    const twin = await productFor({ categoryId: vinyl.id, tags: ['jazz'], price: band.at(400) })
    const cousin = await productFor({
      categoryId: radio.id,
      tags: ['jazz', 'am'],
      price: band.at(800),
      salesCount: 10,
    })

    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, token, sessionId, liked.id, 'like')
    const res = await generate(client, token, sessionId)
    res.assertStatus(201)
    assert.deepEqual(productIds(res.body()), [liked.id, twin.id, cousin.id])
    assert.deepEqual(
      res.body().data.map((r: { rank: number }) => r.rank),
      [1, 2, 3]
    )

    // twin: same category path and tags, the liked price, no sales anywhere but cousin's.
    const twinRow = res.body().data[1]
    assert.deepEqual(twinRow.breakdown, {
      categoryAffinity: 1,
      tagAffinity: 1,
      priceFit: 1,
      popularity: 0,
      feedback: 0,
    })
    assert.equal(twinRow.score, 3 + 2 + 1.5)
    // cousin: shares only the root category (mean of 1 and 0), half its tags, price off by |Δ|/M, the most sold.
    const m = band.at(400)
    const priceFit = Math.round(Math.max(0, 1 - (band.at(800) - m) / m) * 10_000) / 10_000
    const cousinRow = res.body().data[2]
    assert.deepEqual(cousinRow.breakdown, {
      categoryAffinity: 0.5,
      tagAffinity: 0.5,
      priceFit,
      popularity: 1,
      feedback: 0,
    })
    assert.closeTo(cousinRow.score, 3 * 0.5 + 2 * 0.5 + 1.5 * priceFit + 1, 0.0002)
    assert.containsSubset(res.body().data[0], {
      sessionId,
      product: { id: liked.id, category: { id: vinyl.id, name: 'Vinyl' } },
    })
    assert.containsSubset(res.body().meta, { stale: false })
    assert.isString(res.body().meta.generatedAt)
  })

  test('disliked products, products outside the budget and unlisted ones are never recommended', async ({
    client,
    assert,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const a = await productFor({ tags: ['tea'], price: band.at(10) })
    const b = await productFor({ tags: ['tea'], price: band.at(20) })
    const c = await productFor({ tags: ['tea'], price: band.at(30) })
    await productFor({ tags: ['tea'], price: band.budgetMax + 1, salesCount: 1000 })
    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, token, sessionId, a.id, 'like')
    await swipe(client, token, sessionId, b.id, 'dislike')

    const res = await generate(client, token, sessionId)
    assert.deepEqual(productIds(res.body()), [a.id, c.id])

    await c.merge({ active: false }).save()
    const listed = await client
      .get(`${API}/gifting/sessions/${sessionId}/recommendations`)
      .bearerToken(token)
    listed.assertStatus(200)
    assert.deepEqual(productIds(listed.body()), [a.id])
  })

  test('limit caps the list; a session without swipes gets 409', async ({ client, assert }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const products = []
    for (let i = 0; i < 4; i++)
      products.push(await productFor({ price: band.at(i), salesCount: i }))
    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })

    const none = await generate(client, token, sessionId)
    none.assertStatus(409)
    none.assertBodyContains({ errors: [{ code: 'E_NO_SWIPES' }] })
    const empty = await client
      .get(`${API}/gifting/sessions/${sessionId}/recommendations`)
      .bearerToken(token)
    assert.deepEqual(empty.body(), { data: [], meta: { generatedAt: null, stale: false } })

    await swipe(client, token, sessionId, products[0].id, 'like')
    const two = await generate(client, token, sessionId, { limit: 2 })
    assert.lengthOf(two.body().data, 2)
    ;(await generate(client, token, sessionId, { limit: 51 })).assertStatus(422)
  })
})

test.group('gifting / recommendations follow the swipes', (group) => {
  isolate(group)

  test('changing the swipes changes the list; the old list reads stale until regenerated', async ({
    client,
    assert,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const books = await categoryUnder(null, 'Books')
    const games = await categoryUnder(null, 'Games')
    const book1 = await productFor({ categoryId: books.id, tags: ['novel'], price: band.at(100) })
    const book2 = await productFor({ categoryId: books.id, tags: ['novel'], price: band.at(110) })
    const book3 = await productFor({ categoryId: books.id, tags: ['novel'], price: band.at(120) })
    const game1 = await productFor({ categoryId: games.id, tags: ['board'], price: band.at(500) })
    const game2 = await productFor({ categoryId: games.id, tags: ['board'], price: band.at(510) })
    const game3 = await productFor({ categoryId: games.id, tags: ['board'], price: band.at(520) })
    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })

    await swipe(client, token, sessionId, book1.id, 'like')
    await swipe(client, token, sessionId, game1.id, 'dislike')
    const first = await generate(client, token, sessionId, { limit: 3 })
    assert.deepEqual(productIds(first.body()), [book1.id, book2.id, book3.id])
    // Repeating a swipe changes nothing, so the list stays current.
    ;(await swipe(client, token, sessionId, book1.id, 'like')).assertStatus(200)
    const current = await client
      .get(`${API}/gifting/sessions/${sessionId}/recommendations`)
      .bearerToken(token)
    assert.isFalse(current.body().meta.stale)

    await swipe(client, token, sessionId, book1.id, 'dislike')
    await swipe(client, token, sessionId, game1.id, 'superlike')
    const stale = await client
      .get(`${API}/gifting/sessions/${sessionId}/recommendations`)
      .bearerToken(token)
    assert.deepEqual(productIds(stale.body()), [book1.id, book2.id, book3.id])
    assert.isTrue(stale.body().meta.stale)

    const second = await generate(client, token, sessionId, { limit: 3 })
    assert.deepEqual(productIds(second.body()), [game1.id, game2.id, game3.id])
    assert.isFalse(second.body().meta.stale)
    const listed = await client
      .get(`${API}/gifting/sessions/${sessionId}/recommendations`)
      .bearerToken(token)
    assert.deepEqual(productIds(listed.body()), [game1.id, game2.id, game3.id])
  })

  test('recipient interests count like liked tags', async ({ client, assert }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const seed = await productFor({ price: band.at(1) })
    const plain = await productFor({ price: band.at(1) })
    const chess = await productFor({ tags: ['chess'], price: band.at(1) })
    const sessionId = await startSession(client, token, {
      interests: ['chess'],
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, token, sessionId, seed.id, 'like')
    const res = await generate(client, token, sessionId)
    assert.deepEqual(productIds(res.body()), [chess.id, seed.id, plain.id])
  })
})

test.group('gifting / recommendation interactions', (group) => {
  isolate(group)

  test('interactions are recorded once per type and lift that product and similar ones in later lists', async ({
    client,
    assert,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const toys = await categoryUnder(null, 'Toys')
    const seed = await productFor({ categoryId: toys.id, tags: ['lego'], price: band.at(50) })
    const p1 = await productFor({ categoryId: toys.id, tags: ['lego'], price: band.at(50) })
    const technic = await productFor({
      categoryId: toys.id,
      tags: ['lego', 'technic'],
      price: band.at(50),
    })
    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, token, sessionId, seed.id, 'like')

    const before = await generate(client, token, sessionId)
    assert.deepEqual(productIds(before.body()), [seed.id, p1.id, technic.id])
    const rec = before.body().data[2]
    const interact = (type: string) =>
      client
        .post(`${API}/gifting/recommendations/${rec.id}/interactions`)
        .bearerToken(token)
        .json({ type })

    const bought = await interact('purchased')
    bought.assertStatus(201)
    assert.containsSubset(bought.body().data, {
      recommendationId: rec.id,
      productId: technic.id,
      type: 'purchased',
    })
    const repeat = await interact('purchased')
    repeat.assertStatus(200)
    assert.equal(repeat.body().data.id, bought.body().data.id)
    ;(await interact('saved')).assertStatus(201)
    ;(await interact('clicked')).assertStatus(201)
    ;(await interact('shared')).assertStatus(422)

    const after = await generate(client, token, sessionId)
    assert.deepEqual(productIds(after.body()), [technic.id, seed.id, p1.id])
    const feedback = after
      .body()
      .data.map((r: { breakdown: { feedback: number } }) => r.breakdown.feedback)
    // 3 + 1.5 + 0.5 on the product itself; × (0.5 same category + 0.5 × Jaccard 1/2) on its lookalikes.
    assert.deepEqual(feedback, [5, 3.75, 3.75])
    // The earlier list is gone; its interactions stay as feedback.
    const kept = await RecommendationInteraction.query().where('product_id', technic.id)
    assert.lengthOf(kept, 3)
    assert.isTrue(kept.every((row) => row.recommendationId === null))

    // The feedback follows the shopper into a new session.
    const next = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, token, next, seed.id, 'like')
    const fresh = await generate(client, token, next)
    assert.equal(productIds(fresh.body())[0], technic.id)
  })

  test("another shopper cannot interact with someone else's recommendation (404)", async ({
    client,
  }) => {
    const band = priceBand()
    const owner = await actor('shopper')
    const other = await actor('shopper')
    const product = await productFor({ price: band.at(5) })
    const sessionId = await startSession(client, owner.token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, owner.token, sessionId, product.id, 'like')
    const rec = (await generate(client, owner.token, sessionId)).body().data[0]
    const res = await client
      .post(`${API}/gifting/recommendations/${rec.id}/interactions`)
      .bearerToken(other.token)
      .json({ type: 'saved' })
    res.assertStatus(404)
    ;(
      await client
        .post(`${API}/gifting/recommendations/999999999/interactions`)
        .bearerToken(owner.token)
        .json({ type: 'saved' })
    ).assertStatus(404)
  })
})

test.group('gifting / recommendations feature flag', (group) => {
  isolate(group)

  test('with ENABLE_RECOMMENDATIONS off every recommendation route answers 403 E_FEATURE_DISABLED', async ({
    client,
    assert,
    cleanup,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const product = await productFor({ price: band.at(7) })
    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    await swipe(client, token, sessionId, product.id, 'like')
    const rec = (await generate(client, token, sessionId)).body().data[0]

    app.config.set('features.recommendations', false)
    cleanup(() => app.config.set('features.recommendations', true))
    const calls = [
      generate(client, token, sessionId),
      client.get(`${API}/gifting/sessions/${sessionId}/recommendations`).bearerToken(token),
      client
        .post(`${API}/gifting/recommendations/${rec.id}/interactions`)
        .bearerToken(token)
        .json({ type: 'clicked' }),
      // The flag answers before the body or the id is looked at.
      generate(client, token, sessionId, { limit: 0 }),
      client
        .post(`${API}/gifting/recommendations/${rec.id}/interactions`)
        .bearerToken(token)
        .json({ type: 'bogus' }),
      client
        .post(`${API}/gifting/recommendations/999999999/interactions`)
        .bearerToken(token)
        .json({}),
    ]
    for (const call of calls) {
      const res = await call
      res.assertStatus(403)
      assert.equal(res.body().errors[0].code, 'E_FEATURE_DISABLED')
      assert.match(res.body().errors[0].message, /ENABLE_RECOMMENDATIONS/)
    }
    // Swiping does not depend on the flag.
    ;(
      await client.get(`${API}/gifting/sessions/${sessionId}/next`).bearerToken(token)
    ).assertStatus(200)
  })
})
