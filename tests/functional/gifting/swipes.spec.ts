import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Swipe from '#models/swipe'
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

test.group('gifting / swipe sessions', (group) => {
  isolate(group)

  test('a shopper starts a session for a recipient and finds it among their own', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const res = await client
      .post(`${API}/gifting/sessions`)
      .bearerToken(token)
      .json({
        recipient: {
          ageMin: 30,
          ageMax: 40,
          interests: [' Music ', 'hiking'],
          budgetMin: 2_000,
          budgetMax: 8_000,
        },
      })
    res.assertStatus(201)
    assert.containsSubset(res.body().data, {
      recipient: {
        ageMin: 30,
        ageMax: 40,
        interests: ['music', 'hiking'],
        budgetMin: 2_000,
        budgetMax: 8_000,
      },
    })

    const bare = await client.post(`${API}/gifting/sessions`).bearerToken(token).json({})
    bare.assertStatus(201)
    assert.isNull(bare.body().data.recipient)

    const mine = await client.get(`${API}/gifting/sessions`).bearerToken(token)
    mine.assertStatus(200)
    assert.deepEqual(
      mine.body().data.map((s: { id: number }) => s.id),
      [bare.body().data.id, res.body().data.id]
    )
    assert.deepEqual(mine.body().meta, { page: 1, perPage: 20, total: 2, lastPage: 1 })
    const shown = await client
      .get(`${API}/gifting/sessions/${res.body().data.id}`)
      .bearerToken(token)
    shown.assertStatus(200)
  })

  test('an invalid recipient is refused with 422 naming each field', async ({ client, assert }) => {
    const { token } = await actor('shopper')
    const fields = async (recipient: Record<string, unknown>) => {
      const res = await client
        .post(`${API}/gifting/sessions`)
        .bearerToken(token)
        .json({ recipient })
      res.assertStatus(422)
      return res.body().errors.map((e: { field: string }) => e.field)
    }
    assert.sameMembers(await fields({ ageMin: 40, ageMax: 30 }), ['recipient.ageMax'])
    assert.sameMembers(await fields({ budgetMin: 9_000, budgetMax: 1_000 }), [
      'recipient.budgetMax',
    ])
    assert.sameMembers(await fields({ budgetMin: 10.5, ageMin: -1 }), [
      'recipient.budgetMin',
      'recipient.ageMin',
    ])
    assert.sameMembers(await fields({ interests: 'music' }), ['recipient.interests'])
  })

  test('only shoppers swipe; other accounts get 403 and anonymous callers 401', async ({
    client,
  }) => {
    for (const persona of ['influencer', 'sponsor', 'admin'] as const) {
      const { token } = await actor(persona)
      const res = await client.post(`${API}/gifting/sessions`).bearerToken(token).json({})
      res.assertStatus(403)
      res.assertBodyContains({ errors: [{ code: 'E_FORBIDDEN' }] })
    }
    ;(await client.post(`${API}/gifting/sessions`).json({})).assertStatus(401)
  })

  test("another shopper's session answers 404 on every route", async ({ client }) => {
    const owner = await actor('shopper')
    const other = await actor('shopper')
    const sessionId = await startSession(client, owner.token)
    const product = await productFor()
    const calls = [
      client.get(`${API}/gifting/sessions/${sessionId}`),
      client.get(`${API}/gifting/sessions/${sessionId}/next`),
      client
        .post(`${API}/gifting/sessions/${sessionId}/swipes`)
        .json({ productId: product.id, action: 'like' }),
      client.get(`${API}/gifting/sessions/${sessionId}/preferences`),
      client.post(`${API}/gifting/sessions/${sessionId}/recommendations`).json({}),
      client.get(`${API}/gifting/sessions/${sessionId}/recommendations`),
    ]
    for (const call of calls) {
      const res = await call.bearerToken(other.token)
      res.assertStatus(404)
      res.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
    }
    ;(await client.get(`${API}/gifting/sessions/999999999`).bearerToken(owner.token)).assertStatus(
      404
    )
  })
})

test.group('gifting / the next products to swipe', (group) => {
  isolate(group)

  test('interest matches come first, then the most sold; only listable products within budget', async ({
    client,
    assert,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const approved = await actor('sponsor')
    const blocked = await actor('sponsor', { blockedAt: DateTime.utc() })
    const pending = await actor('pendingSponsor')

    const popular = await productFor({ price: band.at(100), salesCount: 500 })
    const twoMatches = await productFor({
      price: band.at(200),
      tags: ['Music', 'vinyl'],
      salesCount: 1,
    })
    const oneMatch = await productFor({ price: band.at(300), tags: ['music'], salesCount: 50 })
    const quiet = await productFor({ price: band.at(400), salesCount: 0 })
    const brandMade = await productFor({
      price: band.at(500),
      brandId: approved.user.id,
      salesCount: 10,
    })
    await productFor({ price: band.at(600), tags: ['music'], active: false })
    await productFor({ price: band.at(600), tags: ['music'], hiddenAt: DateTime.utc() })
    await productFor({ price: band.at(600), tags: ['music'], brandId: blocked.user.id })
    await productFor({ price: band.at(600), tags: ['music'], brandId: pending.user.id })
    await productFor({ price: band.budgetMax + 1, tags: ['music', 'vinyl'], salesCount: 900 })
    await productFor({ price: band.budgetMin - 1, tags: ['music', 'vinyl'], salesCount: 900 })

    const sessionId = await startSession(client, token, {
      interests: ['music', 'vinyl'],
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    const res = await client.get(`${API}/gifting/sessions/${sessionId}/next`).bearerToken(token)
    res.assertStatus(200)
    assert.deepEqual(productIds(res.body()), [
      twoMatches.id,
      oneMatch.id,
      popular.id,
      brandMade.id,
      quiet.id,
    ])
    assert.deepEqual(res.body().data[0].matchedTags, ['music', 'vinyl'])
    assert.containsSubset(res.body().data[0], {
      price: band.at(200),
      currency: 'USD',
      tags: ['Music', 'vinyl'],
      category: null,
    })

    const limited = await client
      .get(`${API}/gifting/sessions/${sessionId}/next`)
      .qs({ limit: 2 })
      .bearerToken(token)
    assert.deepEqual(productIds(limited.body()), [twoMatches.id, oneMatch.id])
    ;(
      await client
        .get(`${API}/gifting/sessions/${sessionId}/next`)
        .qs({ limit: 51 })
        .bearerToken(token)
    ).assertStatus(422)
  })

  test('swiped products are not served again, and liked tags move similar products up', async ({
    client,
    assert,
  }) => {
    const band = priceBand()
    const { token } = await actor('shopper')
    const best = await productFor({ price: band.at(1), salesCount: 300 })
    const camping = await productFor({ price: band.at(2), tags: ['camping'], salesCount: 200 })
    const tent = await productFor({ price: band.at(3), tags: ['camping', 'tent'], salesCount: 5 })
    const other = await productFor({ price: band.at(4), salesCount: 100 })

    const sessionId = await startSession(client, token, {
      budgetMin: band.budgetMin,
      budgetMax: band.budgetMax,
    })
    const before = await client.get(`${API}/gifting/sessions/${sessionId}/next`).bearerToken(token)
    assert.deepEqual(productIds(before.body()), [best.id, camping.id, other.id, tent.id])

    await swipe(client, token, sessionId, camping.id, 'like')
    const after = await client.get(`${API}/gifting/sessions/${sessionId}/next`).bearerToken(token)
    assert.deepEqual(productIds(after.body()), [tent.id, best.id, other.id])
    assert.deepEqual(after.body().data[0].matchedTags, ['camping'])
  })
})

test.group('gifting / swipes', (group) => {
  isolate(group)

  test('one swipe per product and session: swiping again replaces the action', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const product = await productFor()
    const sessionId = await startSession(client, token)

    const first = await client
      .post(`${API}/gifting/sessions/${sessionId}/swipes`)
      .bearerToken(token)
      .json({ productId: product.id, action: 'like' })
    first.assertStatus(201)
    assert.containsSubset(first.body().data, { sessionId, productId: product.id, action: 'like' })

    const again = await client
      .post(`${API}/gifting/sessions/${sessionId}/swipes`)
      .bearerToken(token)
      .json({ productId: product.id, action: 'superlike' })
    again.assertStatus(200)
    assert.equal(again.body().data.id, first.body().data.id)
    assert.equal(again.body().data.action, 'superlike')

    const rows = await Swipe.query().where('session_id', sessionId)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].action, 'superlike')

    const otherSession = await startSession(client, token)
    ;(await swipe(client, token, otherSession, product.id, 'dislike')).assertStatus(201)
  })

  test('unknown or unlisted products answer 404, bad actions 422', async ({ client, assert }) => {
    const { token } = await actor('shopper')
    const hidden = await productFor({ hiddenAt: DateTime.utc() })
    const sessionId = await startSession(client, token)
    const post = (body: Record<string, unknown>) =>
      client.post(`${API}/gifting/sessions/${sessionId}/swipes`).bearerToken(token).json(body)

    ;(await post({ productId: 999999999, action: 'like' })).assertStatus(404)
    ;(await post({ productId: hidden.id, action: 'like' })).assertStatus(404)
    const bad = await post({ productId: hidden.id, action: 'love' })
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'action')
    const missing = await post({})
    assert.sameMembers(
      missing.body().errors.map((e: { field: string }) => e.field),
      ['productId', 'action']
    )
  })
})

test.group('gifting / preference analytics', (group) => {
  isolate(group)

  test('liked categories with counts, the price band of liked products and tag counts', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const home = await categoryUnder(null, 'Home')
    const kitchen = await categoryUnder(home, 'Kitchen')
    const garden = await categoryUnder(home, 'Garden')
    const books = await categoryUnder(null, 'Books')

    const pan = await productFor({
      categoryId: kitchen.id,
      price: 3_000,
      tags: ['cooking', 'steel'],
    })
    const knife = await productFor({ categoryId: kitchen.id, price: 5_000, tags: ['cooking'] })
    const grill = await productFor({
      categoryId: garden.id,
      price: 9_000,
      tags: ['cooking', 'outdoor'],
    })
    const rake = await productFor({ categoryId: garden.id, price: 2_000, tags: ['outdoor'] })
    const novel = await productFor({ categoryId: books.id, price: 1_500, tags: ['fiction'] })

    const sessionId = await startSession(client, token)
    const empty = await client
      .get(`${API}/gifting/sessions/${sessionId}/preferences`)
      .bearerToken(token)
    empty.assertStatus(200)
    assert.deepEqual(empty.body().data, {
      sessionId,
      swipes: { total: 0, likes: 0, superlikes: 0, dislikes: 0 },
      categories: [],
      priceBand: null,
      tags: { liked: [], disliked: [] },
    })

    await swipe(client, token, sessionId, pan.id, 'like')
    await swipe(client, token, sessionId, knife.id, 'superlike')
    await swipe(client, token, sessionId, grill.id, 'like')
    await swipe(client, token, sessionId, rake.id, 'dislike')
    await swipe(client, token, sessionId, novel.id, 'dislike')

    const res = await client
      .get(`${API}/gifting/sessions/${sessionId}/preferences`)
      .bearerToken(token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data, {
      sessionId,
      swipes: { total: 5, likes: 2, superlikes: 1, dislikes: 2 },
      categories: [
        {
          id: kitchen.id,
          name: 'Kitchen',
          path: kitchen.path,
          liked: 2,
          superliked: 1,
          disliked: 0,
        },
        { id: garden.id, name: 'Garden', path: garden.path, liked: 1, superliked: 0, disliked: 1 },
      ],
      priceBand: { min: 3_000, median: 5_000, max: 9_000 },
      tags: {
        liked: [
          { tag: 'cooking', count: 3 },
          { tag: 'outdoor', count: 1 },
          { tag: 'steel', count: 1 },
        ],
        disliked: [
          { tag: 'fiction', count: 1 },
          { tag: 'outdoor', count: 1 },
        ],
      },
    })
  })
})
