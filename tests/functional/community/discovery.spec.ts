import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { sqlNow } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { onSqlite } from '#tests/support/database'
import { actor } from '#tests/support/auth'
import { API, ids, marker, planFor } from '#tests/support/community_plans'

function like(user: User, plan: SkillPlan) {
  return db.table('plan_likes').insert({ plan_id: plan.id, user_id: user.id, created_at: sqlNow() })
}

test.group('community / discovery: plan search', (group) => {
  isolate(group)

  test('full text over title, description and tags; unlisted, hidden and blocked owners never appear', async ({
    client,
    assert,
  }) => {
    const word = marker()
    const viewer = await actor('shopper')
    const owner = await actor('influencer')
    const inTitle = await planFor(owner.user, { title: `Morning ${word} routine` })
    const inDescription = await planFor(owner.user, { description: `All about ${word} and more` })
    const inTags = await planFor(owner.user, { tags: ['fitness', word] })
    await planFor(owner.user, { title: `Secret ${word}`, visibility: 'unlisted' })
    await planFor(owner.user, { title: `Hidden ${word}`, hiddenAt: DateTime.utc() })
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    await planFor(blocked.user, { title: `Blocked ${word}` })

    const res = await client
      .get(`${API}/plans/search`)
      .qs({ q: word, sort: 'newest' })
      .bearerToken(viewer.token)
    res.assertStatus(200)
    assert.deepEqual(ids(res.body()), [inTags.id, inDescription.id, inTitle.id])
    assert.containsSubset(res.body().meta, { page: 1, perPage: 20, total: 3 })
    assert.isString(res.body().meta.computedAt)
    assert.containsSubset(res.body().data[2], {
      title: `Morning ${word} routine`,
      owner: { id: owner.user.id },
    })
  })

  test('filters: category, difficulty, duration range and minimum rating', async ({
    client,
    assert,
  }) => {
    const category = marker()
    const viewer = await actor('shopper')
    const owner = await actor('influencer')
    const match = await planFor(owner.user, {
      category,
      difficulty: 'advanced',
      durationDays: 14,
      ratingsCount: 2,
      ratingsSum: 9,
    })
    await planFor(owner.user, {
      category,
      difficulty: 'beginner',
      durationDays: 14,
      ratingsCount: 2,
      ratingsSum: 9,
    })
    await planFor(owner.user, {
      category,
      difficulty: 'advanced',
      durationDays: 30,
      ratingsCount: 2,
      ratingsSum: 9,
    })
    await planFor(owner.user, {
      category,
      difficulty: 'advanced',
      durationDays: 14,
      ratingsCount: 2,
      ratingsSum: 7,
    })
    await planFor(owner.user, { category, difficulty: 'advanced', durationDays: 14 })
    await planFor(owner.user, {
      category: `${category}x`,
      difficulty: 'advanced',
      durationDays: 14,
      ratingsCount: 2,
      ratingsSum: 9,
    })

    const res = await client
      .get(`${API}/plans/search`)
      .qs({
        category: category.toUpperCase(),
        difficulty: 'advanced',
        minDuration: 10,
        maxDuration: 20,
        minRating: 4.5,
      })
      .bearerToken(viewer.token)
    res.assertStatus(200)
    assert.deepEqual(ids(res.body()), [match.id])

    const bad = await client
      .get(`${API}/plans/search`)
      .qs({ minRating: 4.555, sort: 'best' })
      .bearerToken(viewer.token)
    bad.assertStatus(422)
    assert.sameMembers(
      bad.body().errors.map((e: any) => e.field),
      ['minRating', 'sort']
    )
  })

  test('sorts: rating (unrated last) and popular', async ({ client, assert }) => {
    const category = marker()
    const viewer = await actor('shopper')
    const owner = await actor('influencer')
    const unrated = await planFor(owner.user, {
      category,
      title: 'Guitar chords basics',
      likesCount: 50,
    })
    const good = await planFor(owner.user, {
      category,
      title: 'Guitar for beginners',
      ratingsCount: 4,
      ratingsSum: 18,
      likesCount: 5,
      downloadsCount: 9,
    })
    const best = await planFor(owner.user, {
      category,
      title: 'Piano with a guitar interlude',
      ratingsCount: 1,
      ratingsSum: 5,
      likesCount: 5,
      downloadsCount: 1,
    })
    const search = async (qs: Record<string, unknown>) =>
      ids(
        (
          await client
            .get(`${API}/plans/search`)
            .qs({ category, ...qs })
            .bearerToken(viewer.token)
        ).body()
      )

    assert.deepEqual(await search({ sort: 'rating' }), [best.id, good.id, unrated.id])
    assert.deepEqual(await search({ sort: 'popular' }), [unrated.id, good.id, best.id])
  })

  test('relevance: "guitar" twice in the title and description ranks above a single mention, whatever the likes', async ({
    client,
    assert,
  }) => {
    const category = marker()
    const viewer = await actor('shopper')
    const owner = await actor('influencer')
    const once = await planFor(owner.user, {
      category,
      title: 'Guitar chords basics',
      likesCount: 50,
    })
    const twice = await planFor(owner.user, {
      category,
      title: 'Guitar for beginners',
      description: 'Guitar practice: your first guitar songs',
      likesCount: 5,
    })
    const relevant = ids(
      (
        await client
          .get(`${API}/plans/search`)
          .qs({ category, q: 'guitar' })
          .bearerToken(viewer.token)
      ).body()
    )
    assert.deepEqual(relevant, [twice.id, once.id])
  }).skip(
    onSqlite(),
    'PostgreSQL only: relevance is its text-search rank; SQLite ranks title matches first and has no rank among them'
  )

  test('a plan unlisted since drops out of the next page', async ({ client, assert }) => {
    const word = marker()
    const viewer = await actor('shopper')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: `Cached ${word}` })
    const search = () => client.get(`${API}/plans/search`).qs({ q: word }).bearerToken(viewer.token)
    const first = await search()
    assert.deepEqual(ids(first.body()), [plan.id])
    ;(
      await client
        .patch(`${API}/plans/${plan.id}`)
        .bearerToken(owner.token)
        .json({ visibility: 'unlisted' })
    ).assertStatus(200)
    const second = await search()
    assert.deepEqual(second.body().data, [])
  })
})

test.group('community / discovery: categories', (group) => {
  isolate(group)

  test('counts listed plans per category, largest first', async ({ client, assert }) => {
    const [big, small] = [marker(), marker()]
    const { default: CacheService } = await import('#platform/cache/cache_service')
    await (await app.container.make(CacheService)).invalidateTags(['plans'])
    const viewer = await actor('shopper')
    const owner = await actor('influencer')
    for (let i = 0; i < 3; i++) await planFor(owner.user, { category: big })
    await planFor(owner.user, { category: small })
    await planFor(owner.user, { category: small, visibility: 'unlisted' })
    await planFor(owner.user, { category: small, hiddenAt: DateTime.utc() })
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    await planFor(blocked.user, { category: small })

    const res = await client.get(`${API}/categories`).bearerToken(viewer.token)
    res.assertStatus(200)
    const mine = res.body().data.filter((c: any) => [big, small].includes(c.name))
    assert.deepEqual(mine, [
      { name: big, plans: 3 },
      { name: small, plans: 1 },
    ])
    assert.isString(res.body().meta.computedAt)
  })
})

test.group('community / discovery: recommendations', (group) => {
  isolate(group)

  test('from follows, liked categories and popularity; never own or liked plans; they follow the follows', async ({
    client,
    assert,
  }) => {
    const category = marker()
    const me = await actor('shopper')
    const followed = await actor('influencer')
    const other = await actor('influencer')
    const fromFollowed = await planFor(followed.user, { category: marker() })
    const sameCategory = await planFor(other.user, { category })
    const likedPlan = await planFor(other.user, { category, likesCount: 1 })
    const popular = await planFor(other.user, {
      category: marker(),
      likesCount: 30,
      downloadsCount: 33,
    })
    const own = await planFor(me.user, { category, likesCount: 1000 })
    const unlisted = await planFor(followed.user, { visibility: 'unlisted' })
    await like(me.user, likedPlan)
    await client.post(`${API}/users/${followed.user.id}/follow`).bearerToken(me.token)

    const recommended = async () => {
      const res = await client
        .get(`${API}/me/recommendations`)
        .qs({ limit: 50 })
        .bearerToken(me.token)
      res.assertStatus(200)
      return new Map<number, any>(res.body().data.map((r: any) => [r.plan.id, r]))
    }
    const before = await recommended()
    for (const never of [likedPlan, own, unlisted]) assert.isFalse(before.has(never.id))
    assert.containsSubset(before.get(fromFollowed.id), {
      score: 3,
      reasons: ['from_people_you_follow'],
      plan: { owner: { id: followed.user.id } },
    })
    assert.containsSubset(before.get(sameCategory.id), {
      score: 2,
      reasons: ['in_categories_you_like'],
    })
    assert.containsSubset(before.get(popular.id), { score: 6, reasons: ['popular'] })

    await client.delete(`${API}/users/${followed.user.id}/follow`).bearerToken(me.token)
    await client.post(`${API}/users/${other.user.id}/follow`).bearerToken(me.token)
    const after = await recommended()
    assert.deepEqual(after.get(fromFollowed.id)?.reasons ?? [], [])
    assert.containsSubset(after.get(sameCategory.id), {
      score: 5,
      reasons: ['from_people_you_follow', 'in_categories_you_like'],
    })
    assert.containsSubset(after.get(popular.id), {
      score: 9,
      reasons: ['from_people_you_follow', 'popular'],
    })
    const order = [...after.keys()]
    assert.isBelow(order.indexOf(popular.id), order.indexOf(sameCategory.id))
  })

  test('ENABLE_RECOMMENDATIONS=false turns them off (403)', async ({ client, assert, cleanup }) => {
    const me = await actor('shopper')
    app.config.set('features.recommendations', false)
    cleanup(() => app.config.set('features.recommendations', true))
    for (const qs of [{}, { limit: 0 }]) {
      const res = await client.get(`${API}/me/recommendations`).qs(qs).bearerToken(me.token)
      res.assertStatus(403)
      assert.equal(res.body().errors[0].code, 'E_FEATURE_DISABLED')
    }
  })
})
