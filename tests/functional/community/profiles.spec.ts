import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#models/user'
import { LEADERBOARD_TAG } from '#services/community/leaderboard_service'
import { sqlNow } from '#platform/db/time'
import CacheService from '#platform/cache/cache_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, marker, planFor } from '#tests/support/community_plans'

function follows(follower: User, followee: User) {
  return db
    .table('follows')
    .insert({ follower_id: follower.id, followee_id: followee.id, created_at: sqlNow() })
}

/** A creator with two listed plans (likes 10 + 5, downloads 4 + 1), an unlisted and a hidden one, and one follower. */
async function creatorWithPlans(overrides: Partial<User> = {}) {
  const creator = await actor('influencer', overrides)
  await planFor(creator.user, {
    likesCount: 10,
    downloadsCount: 4,
    commentsCount: 2,
    ratingsCount: 2,
    ratingsSum: 9,
  })
  await planFor(creator.user, { likesCount: 5, downloadsCount: 1 })
  await planFor(creator.user, { visibility: 'unlisted', likesCount: 100, downloadsCount: 100 })
  await planFor(creator.user, { hiddenAt: DateTime.utc(), likesCount: 1000, downloadsCount: 1000 })
  const fan = await actor('shopper')
  await follows(fan.user, creator.user)
  return { creator, fan }
}

test.group('community / profiles: public profile', (group) => {
  isolate(group)

  test('stats count listed plans only; e-mail hidden unless shown; the member sees everything', async ({
    client,
    assert,
  }) => {
    const { creator, fan } = await creatorWithPlans()
    await follows(creator.user, fan.user)
    const res = await client.get(`${API}/users/${creator.user.id}/profile`).bearerToken(fan.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data, {
      id: creator.user.id,
      fullName: creator.user.fullName,
      role: 'influencer',
      email: null,
      // As stored (SQLite keeps whole seconds).
      joinedAt: (await creator.user.refresh()).createdAt.toISO(),
      profileVisibility: 'public',
      stats: { plans: 2, likesReceived: 15, downloads: 5, followers: 1, following: 1 },
      following: true,
      followedBy: true,
    })
    assert.isString(res.body().meta.computedAt)

    const own = await client
      .get(`${API}/users/${creator.user.id}/profile`)
      .bearerToken(creator.token)
    assert.containsSubset(own.body().data, {
      email: creator.user.email,
      following: false,
      followedBy: false,
    })
  })

  test('showEmail and showStats are respected', async ({ client, assert }) => {
    const { creator, fan } = await creatorWithPlans({
      privacy: { showEmail: true, showStats: false },
    })
    const res = await client.get(`${API}/users/${creator.user.id}/profile`).bearerToken(fan.token)
    assert.containsSubset(res.body().data, { email: creator.user.email, stats: null })
    const own = await client
      .get(`${API}/users/${creator.user.id}/profile`)
      .bearerToken(creator.token)
    assert.deepEqual(own.body().data.stats, {
      plans: 2,
      likesReceived: 15,
      downloads: 5,
      followers: 1,
      following: 0,
    })
  })

  test('private profiles answer 404 to others, followers-only ones 403 to non-followers', async ({
    client,
    assert,
  }) => {
    const hidden = await actor('influencer', { privacy: { profileVisibility: 'private' } })
    const closed = await actor('influencer', { privacy: { profileVisibility: 'followers' } })
    const fan = await actor('shopper')
    const stranger = await actor('shopper')
    const admin = await actor('admin')
    await follows(fan.user, closed.user)
    await follows(fan.user, hidden.user)

    ;(
      await client.get(`${API}/users/${hidden.user.id}/profile`).bearerToken(fan.token)
    ).assertStatus(404)
    ;(
      await client.get(`${API}/users/${hidden.user.id}/profile`).bearerToken(hidden.token)
    ).assertStatus(200)
    ;(
      await client.get(`${API}/users/${hidden.user.id}/profile`).bearerToken(admin.token)
    ).assertStatus(200)
    const denied = await client
      .get(`${API}/users/${closed.user.id}/profile`)
      .bearerToken(stranger.token)
    denied.assertStatus(403)
    assert.equal(firstError(denied.body())?.message, 'Only followers can see this profile')
    const allowed = await client
      .get(`${API}/users/${closed.user.id}/profile`)
      .bearerToken(fan.token)
    allowed.assertStatus(200)
    assert.equal(allowed.body().data.profileVisibility, 'followers')
  })

  test('blocked, pending, admin and unknown accounts answer 404', async ({ client }) => {
    const viewer = await actor('shopper')
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    const pending = await actor('pendingSponsor')
    const admin = await actor('admin')
    for (const id of [
      blocked.user.id,
      pending.user.id,
      admin.user.id,
      999_999_999,
      99_999_999_999,
    ]) {
      ;(await client.get(`${API}/users/${id}/profile`).bearerToken(viewer.token)).assertStatus(404)
    }
  })

  test('stats are cached and a follow drops them', async ({ client, assert }) => {
    const { creator, fan } = await creatorWithPlans()
    const get = () => client.get(`${API}/users/${creator.user.id}/profile`).bearerToken(fan.token)
    const first = await get()
    await planFor(creator.user, { likesCount: 7 })
    const cached = await get()
    assert.equal(cached.body().meta.computedAt, first.body().meta.computedAt)
    assert.equal(cached.body().data.stats.plans, 2)

    const other = await actor('sponsor')
    await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(other.token)
    const fresh = await get()
    assert.notEqual(fresh.body().meta.computedAt, first.body().meta.computedAt)
    assert.deepEqual(fresh.body().data.stats, {
      plans: 3,
      likesReceived: 22,
      downloads: 5,
      followers: 2,
      following: 0,
    })
  })
})

test.group('community / profiles: own stats', (group) => {
  isolate(group)

  test('totals over every own plan and per-plan figures, paginated', async ({ client, assert }) => {
    const { creator } = await creatorWithPlans()
    const res = await client.get(`${API}/me/stats`).qs({ perPage: 3 }).bearerToken(creator.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data.totals, {
      plans: { total: 4, listed: 2, unlisted: 1, hidden: 1 },
      likesReceived: 1115,
      downloads: 1105,
      comments: 2,
      ratings: { count: 2, average: 4.5 },
      followers: 1,
      following: 0,
    })
    assert.lengthOf(res.body().data.plans, 3)
    assert.deepEqual(res.body().meta, { page: 1, perPage: 3, total: 4, lastPage: 2 })
    const last = await client
      .get(`${API}/me/stats`)
      .qs({ perPage: 3, page: 2 })
      .bearerToken(creator.token)
    assert.containsSubset(last.body().data.plans, [
      {
        likes: 10,
        downloads: 4,
        comments: 2,
        ratingsCount: 2,
        averageRating: 4.5,
        visibility: 'public',
        hidden: false,
      },
    ])
  })
})

test.group('community / profiles: member search', (group) => {
  isolate(group)

  test('finds members by part of their name, never blocked, private or admin accounts', async ({
    client,
    assert,
  }) => {
    const tag = marker()
    const popular = await actor('influencer', { fullName: `Ann ${tag} Popular` })
    const plain = await actor('shopper', { fullName: `Bob ${tag.toUpperCase()} Plain` })
    const blocked = await actor('influencer', {
      fullName: `Cid ${tag} Blocked`,
      blockedAt: DateTime.utc(),
    })
    const hidden = await actor('influencer', {
      fullName: `Dee ${tag} Private`,
      privacy: { profileVisibility: 'private' },
    })
    const admin = await actor('admin', { fullName: `Eve ${tag} Admin` })
    const searcher = await actor('shopper')
    await follows(searcher.user, popular.user)
    await follows(plain.user, popular.user)

    const res = await client.get(`${API}/users/search`).qs({ q: tag }).bearerToken(searcher.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data, [
      {
        id: popular.user.id,
        fullName: popular.user.fullName,
        role: 'influencer',
        followersCount: 2,
      },
      { id: plain.user.id, fullName: plain.user.fullName, role: 'shopper', followersCount: 0 },
    ])
    assert.equal(res.body().meta.total, 2)
    for (const never of [blocked, hidden, admin])
      assert.notInclude(
        res.body().data.map((m: any) => m.id),
        never.user.id
      )
  })

  test('wildcards are literal and the query needs two characters', async ({ client, assert }) => {
    const searcher = await actor('shopper')
    await actor('shopper', { fullName: `Pct ${marker()} name` })
    const res = await client.get(`${API}/users/search`).qs({ q: '%%' }).bearerToken(searcher.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data, [])
    ;(
      await client.get(`${API}/users/search`).qs({ q: 'a' }).bearerToken(searcher.token)
    ).assertStatus(422)
  })
})

test.group('community / profiles: leaderboard', (group) => {
  isolate(group)
  group.each.setup(async () =>
    (await app.container.make(CacheService)).invalidateTags([LEADERBOARD_TAG])
  )

  test('ranks by likes × 3 + downloads × 2 + followers × 5 + plans × 10 over listed plans; private and blocked left out', async ({
    client,
    assert,
  }) => {
    const viewer = await actor('shopper')
    const first = await actor('influencer')
    await planFor(first.user, { likesCount: 100_000, downloadsCount: 10 })
    await planFor(first.user, { visibility: 'unlisted', likesCount: 9_000_000 })
    await follows(viewer.user, first.user)
    const second = await actor('influencer')
    await planFor(second.user, { likesCount: 90_000, downloadsCount: 20_000 })
    const hidden = await actor('influencer', { privacy: { profileVisibility: 'private' } })
    await planFor(hidden.user, { likesCount: 500_000 })
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    await planFor(blocked.user, { likesCount: 500_000 })

    const res = await client.get(`${API}/leaderboard`).qs({ perPage: 2 }).bearerToken(viewer.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data, [
      {
        rank: 1,
        user: { id: second.user.id, fullName: second.user.fullName, role: 'influencer' },
        score: 90_000 * 3 + 20_000 * 2 + 10,
        likesReceived: 90_000,
        downloads: 20_000,
        followers: 0,
        plans: 1,
      },
      {
        rank: 2,
        user: { id: first.user.id, fullName: first.user.fullName, role: 'influencer' },
        score: 100_000 * 3 + 10 * 2 + 5 + 10,
        likesReceived: 100_000,
        downloads: 10,
        followers: 1,
        plans: 1,
      },
    ])
    assert.containsSubset(res.body().meta, { page: 1, perPage: 2 })
    assert.isString(res.body().meta.computedAt)
  })

  test('cached, and a member blocked since drops out of the next read', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const viewer = await actor('shopper')
    const star = await actor('influencer')
    await planFor(star.user, { likesCount: 10_000_000 })
    const get = () => client.get(`${API}/leaderboard`).qs({ perPage: 1 }).bearerToken(viewer.token)
    const first = await get()
    assert.equal(first.body().data[0].user.id, star.user.id)

    ;(
      await client
        .post(`${API}/admin/users/${star.user.id}/block`)
        .bearerToken(admin.token)
        .json({ reason: 'Spam campaign' })
    ).assertStatus(200)
    const after = await get()
    assert.deepEqual(after.body().data, [])
  })
})
