import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import {
  API,
  categoryUnder,
  productFor,
  productIds,
  startSession,
  swipe,
} from '#tests/support/gifting'

test.group('gifting / across sessions', (group) => {
  isolate(group)

  test('a shopper reads the recommendations of all their sessions, newest list first, with their interactions', async ({
    client,
    assert,
  }) => {
    const shopper = await actor('shopper')
    const other = await actor('shopper')
    const first = await productFor({ tags: ['tea'] })
    const second = await productFor({ tags: ['coffee'] })

    const older = await startSession(client, shopper.token)
    await swipe(client, shopper.token, older, first.id, 'like')
    const olderList = await client
      .post(`${API}/gifting/sessions/${older}/recommendations`)
      .bearerToken(shopper.token)
      .json({ limit: 1 })
    olderList.assertStatus(201)
    const newer = await startSession(client, shopper.token)
    await swipe(client, shopper.token, newer, second.id, 'superlike')
    const newerList = await client
      .post(`${API}/gifting/sessions/${newer}/recommendations`)
      .bearerToken(shopper.token)
      .json({ limit: 1 })
    newerList.assertStatus(201)
    const saved = olderList.body().data[0]
    ;(
      await client
        .post(`${API}/gifting/recommendations/${saved.id}/interactions`)
        .bearerToken(shopper.token)
        .json({ type: 'saved' })
    ).assertStatus(201)
    // Someone else's session and list never show.
    const theirs = await startSession(client, other.token)
    await swipe(client, other.token, theirs, first.id, 'like')
    ;(
      await client
        .post(`${API}/gifting/sessions/${theirs}/recommendations`)
        .bearerToken(other.token)
    ).assertStatus(201)

    const res = await client.get(`${API}/gifting/recommendations`).bearerToken(shopper.token)
    res.assertStatus(200)
    assert.deepEqual(
      res.body().data.map((r: { sessionId: number }) => r.sessionId),
      [newer, older]
    )
    assert.deepEqual(productIds(res.body()), [
      newerList.body().data[0].product.id,
      saved.product.id,
    ])
    assert.deepEqual(res.body().data[0].interactions, [])
    assert.containsSubset(res.body().data[1].interactions, [
      { recommendationId: saved.id, type: 'saved' },
    ])
    assert.containsSubset(res.body().meta, { page: 1, total: 2 })

    const paged = await client
      .get(`${API}/gifting/recommendations`)
      .qs({ perPage: 1, page: 2 })
      .bearerToken(shopper.token)
    assert.deepEqual(
      paged.body().data.map((r: { sessionId: number }) => r.sessionId),
      [older]
    )
    ;(
      await client
        .get(`${API}/gifting/recommendations`)
        .qs({ perPage: 0 })
        .bearerToken(shopper.token)
    ).assertStatus(422)
    ;(
      await client
        .get(`${API}/gifting/recommendations`)
        .bearerToken((await actor('influencer')).token)
    ).assertStatus(403)
    ;(await client.get(`${API}/gifting/recommendations`)).assertStatus(401)
  })

  test('swipe analytics sum up every session of the shopper: like rate, categories, tags, brands, price band', async ({
    client,
    assert,
  }) => {
    const shopper = await actor('shopper')
    const brand = await actor('sponsor')
    const books = await categoryUnder(null, 'Books')
    const novel = await productFor({
      categoryId: books.id,
      tags: ['fiction'],
      price: 2_000,
      brandId: brand.user.id,
    })
    const poems = await productFor({
      categoryId: books.id,
      tags: ['fiction', 'poetry'],
      price: 4_000,
    })
    const socks = await productFor({ tags: ['wool'], price: 500, brandId: brand.user.id })

    const one = await startSession(client, shopper.token)
    await swipe(client, shopper.token, one, novel.id, 'like')
    await swipe(client, shopper.token, one, socks.id, 'dislike')
    const two = await startSession(client, shopper.token)
    await swipe(client, shopper.token, two, poems.id, 'superlike')
    const someoneElse = await actor('shopper')
    await swipe(
      client,
      someoneElse.token,
      await startSession(client, someoneElse.token),
      socks.id,
      'like'
    )

    const res = await client.get(`${API}/gifting/analytics`).bearerToken(shopper.token)
    res.assertStatus(200)
    const data = res.body().data
    assert.equal(data.sessions, 2)
    assert.deepEqual(data.swipes, { total: 3, likes: 1, superlikes: 1, dislikes: 1 })
    assert.equal(data.likeRate, 0.667)
    assert.deepEqual(
      data.categories.map((c: { id: number; liked: number }) => [c.id, c.liked]),
      [[books.id, 2]]
    )
    assert.deepEqual(data.tags.liked, [
      { tag: 'fiction', count: 2 },
      { tag: 'poetry', count: 1 },
    ])
    assert.deepEqual(data.tags.disliked, [{ tag: 'wool', count: 1 }])
    assert.deepEqual(data.brands, [
      { id: brand.user.id, name: brand.user.fullName, liked: 1, disliked: 1 },
    ])
    assert.deepEqual(data.priceBand, { min: 2_000, median: 3_000, max: 4_000 })
    assert.notProperty(data, 'shoppers')

    const empty = await client
      .get(`${API}/gifting/analytics`)
      .bearerToken((await actor('shopper')).token)
    assert.containsSubset(empty.body().data, {
      sessions: 0,
      likeRate: null,
      priceBand: null,
      brands: [],
    })
    ;(await client.get(`${API}/gifting/analytics`).bearerToken(brand.token)).assertStatus(403)

    // Admins: every shopper over a period, cached like the dashboard charts.
    const admin = await actor('admin')
    const today = DateTime.utc().toISODate()
    const platform = await client
      .get(`${API}/admin/gifting/analytics`)
      .qs({ from: today, to: today })
      .bearerToken(admin.token)
    platform.assertStatus(200)
    assert.containsSubset(platform.body().data, {
      shoppers: 2,
      sessions: 3,
      swipes: { total: 4, likes: 2, superlikes: 1, dislikes: 1 },
    })
    assert.containsSubset(platform.body().meta, { from: today, to: today })
    await swipe(
      client,
      someoneElse.token,
      await startSession(client, someoneElse.token),
      novel.id,
      'like'
    )
    const cached = await client
      .get(`${API}/admin/gifting/analytics`)
      .qs({ from: today, to: today })
      .bearerToken(admin.token)
    assert.equal(cached.body().meta.computedAt, platform.body().meta.computedAt)
    assert.equal(cached.body().data.swipes.total, 4)

    const yesterday = DateTime.utc().minus({ days: 1 }).toISODate()
    const before = await client
      .get(`${API}/admin/gifting/analytics`)
      .qs({ from: yesterday, to: yesterday })
      .bearerToken(admin.token)
    assert.containsSubset(before.body().data, { shoppers: 0, sessions: 0, swipes: { total: 0 } })

    const reversed = await client
      .get(`${API}/admin/gifting/analytics`)
      .qs({ from: today, to: yesterday })
      .bearerToken(admin.token)
    reversed.assertStatus(422)
    ;(
      await client
        .get(`${API}/admin/gifting/analytics`)
        .qs({ from: 'monday' })
        .bearerToken(admin.token)
    ).assertStatus(422)
    ;(await client.get(`${API}/admin/gifting/analytics`).bearerToken(shopper.token)).assertStatus(
      403
    )
  })
})
