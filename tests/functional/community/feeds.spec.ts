import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type Activity from '#models/activity'
import Comment from '#models/comment'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import ActivityService from '#services/community/activity_service'
import { sqlNow } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, marker, planFor } from '#tests/support/community_plans'

const activities = new ActivityService()

function follows(follower: User, followee: User) {
  return db
    .table('follows')
    .insert({ follower_id: follower.id, followee_id: followee.id, created_at: sqlNow() })
}

/** `user` liked `plan` (an activity only: feeds read activities). */
function liked(user: User, plan: SkillPlan) {
  return activities.record({
    actorId: user.id,
    verb: 'plan.liked',
    subjectType: 'plan',
    subjectId: plan.id,
    planId: plan.id,
  })
}

function created(plan: SkillPlan) {
  return activities.record({
    actorId: plan.ownerId,
    verb: 'plan.created',
    subjectType: 'plan',
    subjectId: plan.id,
    planId: plan.id,
    data: { title: plan.title },
  })
}

const idsOf = (body: { data: { id: number }[] }) => body.data.map((item) => item.id)

test.group('community / feeds: personal', (group) => {
  isolate(group)

  test('what followed members did, newest first, with a cursor to older pages', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const a = await actor('influencer')
    const b = await actor('influencer')
    const stranger = await actor('influencer')
    await follows(me.user, a.user)
    await follows(me.user, b.user)
    const planA = await planFor(a.user, { title: 'Plan of A', category: 'music' })
    const planB = await planFor(b.user)
    const expected: Activity[] = []
    expected.push(await created(planA))
    await created(await planFor(stranger.user))
    expected.push(await created(planB))
    expected.push(await liked(b.user, planA))
    await liked(me.user, planA)
    expected.push(await liked(a.user, planB))
    const newestFirst = expected.map((activity) => activity.id).reverse()

    const first = await client.get(`${API}/feed`).qs({ limit: 3 }).bearerToken(me.token)
    first.assertStatus(200)
    assert.deepEqual(idsOf(first.body()), newestFirst.slice(0, 3))
    assert.containsSubset(first.body().meta, { nextCursor: newestFirst[2] })
    assert.isString(first.body().meta.computedAt)
    const second = await client
      .get(`${API}/feed`)
      .qs({ limit: 3, before: first.body().meta.nextCursor })
      .bearerToken(me.token)
    assert.deepEqual(idsOf(second.body()), newestFirst.slice(3))
    assert.containsSubset(second.body().meta, { nextCursor: null })

    assert.deepEqual(second.body().data[0], {
      id: expected[0].id,
      verb: 'plan.created',
      actor: { id: a.user.id, fullName: a.user.fullName, role: 'influencer' },
      subject: { type: 'plan', id: planA.id },
      plan: { id: planA.id, title: 'Plan of A', category: 'music' },
      data: { title: 'Plan of A' },
      // As stored (SQLite keeps whole seconds).
      createdAt: (await expected[0].refresh()).createdAt.toISO(),
    })
  })

  test('a follow over the API shows in the follower’s followers’ feeds and leaves with the unfollow', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend = await actor('influencer')
    const creator = await actor('influencer')
    await follows(me.user, friend.user)
    await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(friend.token)
    const feed = await client.get(`${API}/feed`).bearerToken(me.token)
    assert.containsSubset(feed.body().data, [
      {
        verb: 'user.followed',
        actor: { id: friend.user.id },
        subject: { type: 'user', id: creator.user.id },
        plan: null,
      },
    ])
    await client.delete(`${API}/users/${creator.user.id}/follow`).bearerToken(friend.token)
    assert.deepEqual((await client.get(`${API}/feed`).bearerToken(me.token)).body().data, [])
  })

  test('limit and cursor are validated', async ({ client }) => {
    const me = await actor('shopper')
    ;(await client.get(`${API}/feed`).qs({ limit: 101 }).bearerToken(me.token)).assertStatus(422)
    ;(await client.get(`${API}/feed`).qs({ before: 'abc' }).bearerToken(me.token)).assertStatus(422)
    ;(await client.get(`${API}/feed/global`).qs({ before: 0 }).bearerToken(me.token)).assertStatus(
      422
    )
    ;(await client.get(`${API}/feed`)).assertStatus(401)
  })
})

test.group('community / feeds: what never shows', (group) => {
  isolate(group)

  test('unlisted and hidden plans, blocked actors, blocked owners, blocked subjects and hidden comments stay out of every feed', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend = await actor('influencer')
    const blockedFriend = await actor('influencer')
    const blockedOwner = await actor('influencer')
    const blockedSubject = await actor('influencer')
    for (const followee of [friend, blockedFriend, blockedOwner])
      await follows(me.user, followee.user)
    const category = marker()
    const listed = await planFor(friend.user, { category })
    const unlisted = await planFor(friend.user, { visibility: 'unlisted', category })
    const hidden = await planFor(friend.user, { hiddenAt: DateTime.utc(), category })
    const ownerBlocked = await planFor(blockedOwner.user, { category })

    const visible = [await created(listed), await liked(friend.user, listed)]
    await created(unlisted)
    await liked(friend.user, hidden)
    await liked(friend.user, ownerBlocked)
    await created(ownerBlocked)
    await liked(blockedFriend.user, listed)
    await activities.record({
      actorId: friend.user.id,
      verb: 'user.followed',
      subjectType: 'user',
      subjectId: blockedSubject.user.id,
    })
    const comment = await Comment.create({
      planId: listed.id,
      userId: friend.user.id,
      parentId: null,
      depth: 0,
      body: 'Hidden later',
      hiddenAt: DateTime.utc(),
    })
    await activities.record({
      actorId: friend.user.id,
      verb: 'comment.created',
      subjectType: 'comment',
      subjectId: comment.id,
      planId: listed.id,
    })
    await db
      .from('users')
      .whereIn('id', [blockedFriend.user.id, blockedOwner.user.id, blockedSubject.user.id])
      .update({ blocked_at: sqlNow() })
    await db
      .from('skill_plans')
      .whereIn('id', [listed.id, unlisted.id, hidden.id, ownerBlocked.id])
      .update({ trending_score: 1 })

    const expected = visible.map((activity) => activity.id).reverse()
    const mine = new Set(
      [friend, blockedFriend, blockedOwner, blockedSubject].map((m) => m.user.id)
    )
    const viewer = await actor('shopper')
    await planFor(viewer.user, { category })
    for (const [path, token] of [
      ['feed', me.token],
      ['feed/global', me.token],
      ['feed/trending', me.token],
      ['feed/discovery', viewer.token],
    ] as const) {
      const res = await client.get(`${API}/${path}`).qs({ limit: 100 }).bearerToken(token)
      res.assertStatus(200)
      const ours = res.body().data.filter((item: any) => mine.has(item.actor.id))
      assert.deepEqual(
        ours.map((item: any) => item.id),
        expected,
        path
      )
    }
  })
})

test.group('community / feeds: global, trending, discovery', (group) => {
  isolate(group)

  test('global: every visible activity, newest first', async ({ client, assert }) => {
    const me = await actor('shopper')
    const x = await actor('influencer')
    const y = await actor('sponsor')
    const plan = await planFor(x.user)
    const one = await created(plan)
    const two = await liked(y.user, plan)
    const res = await client.get(`${API}/feed/global`).qs({ limit: 2 }).bearerToken(me.token)
    assert.deepEqual(idsOf(res.body()).slice(0, 2), [two.id, one.id])
  })

  test('trending: activities on the plans with the highest trending score only', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const x = await actor('influencer')
    const hot = await planFor(x.user)
    const cold = await planFor(x.user)
    await db.from('skill_plans').where('id', hot.id).update({ trending_score: 1_000_000 })
    const onHot = await liked(me.user, hot)
    const onCold = await liked(me.user, cold)
    const res = await client.get(`${API}/feed/trending`).qs({ limit: 100 }).bearerToken(me.token)
    const ids = idsOf(res.body())
    assert.include(ids, onHot.id)
    assert.notInclude(ids, onCold.id)
  })

  test('discovery: people you do not follow, in your categories, never yourself', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const followed = await actor('influencer')
    const stranger = await actor('influencer')
    const [mine, theirs] = [marker(), marker()]
    const likedPlan = await planFor(stranger.user, { category: mine })
    await db
      .table('plan_likes')
      .insert({ plan_id: likedPlan.id, user_id: me.user.id, created_at: sqlNow() })
    await follows(me.user, followed.user)
    const otherCategory = await planFor(stranger.user, { category: theirs })

    const shown = await created(likedPlan)
    await created(otherCategory)
    await liked(followed.user, likedPlan)
    await liked(me.user, likedPlan)
    const res = await client.get(`${API}/feed/discovery`).qs({ limit: 100 }).bearerToken(me.token)
    res.assertStatus(200)
    assert.deepEqual(idsOf(res.body()), [shown.id])
  })
})

/**
 * Feed pages are cached 5 minutes (family `feeds`); every write through the
 * API drops the pages that can show it, so nobody sees a cached page that is
 * out of date.
 */
test.group('community / feeds: cached pages', (group) => {
  isolate(group)

  const feedOf = async (client: any, token: string, path = 'feed') =>
    (await client.get(`${API}/${path}`).qs({ limit: 100 }).bearerToken(token)).body()

  test('a page is served from the cache until something it shows changes', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend = await actor('influencer')
    await follows(me.user, friend.user)
    const plan = await planFor(friend.user)
    await created(plan)

    const first = await feedOf(client, me.token)
    assert.lengthOf(first.data, 1)
    // Written behind the services' back: the cached page does not see it.
    await created(await planFor(friend.user))
    const again = await feedOf(client, me.token)
    assert.equal(again.meta.computedAt, first.meta.computedAt)
    assert.deepEqual(idsOf(again), idsOf(first))
  })

  test('what a followed member does over the API shows in the cached personal, global and discovery feeds at once; undoing it removes it', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend = await actor('influencer')
    const stranger = await actor('influencer')
    await follows(me.user, friend.user)
    const category = marker()
    const plan = await planFor(stranger.user, { category })
    await planFor(me.user, { category })
    for (const path of ['feed', 'feed/global', 'feed/discovery'])
      await feedOf(client, me.token, path)

    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(friend.token)).assertStatus(200)
    const like = { verb: 'plan.liked', actor: { id: friend.user.id }, plan: { id: plan.id } }
    assert.containsSubset((await feedOf(client, me.token)).data, [like])
    assert.containsSubset((await feedOf(client, me.token, 'feed/global')).data, [like])

    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .json({ body: 'Nice plan' })
        .bearerToken(stranger.token)
    ).assertStatus(201)
    const discovery = (await feedOf(client, me.token, 'feed/discovery')).data
    assert.containsSubset(discovery, [{ verb: 'comment.created', actor: { id: stranger.user.id } }])
    assert.notInclude(
      discovery.map((item: any) => item.actor.id),
      friend.user.id,
      'followed members are not discovery'
    )

    ;(await client.delete(`${API}/plans/${plan.id}/like`).bearerToken(friend.token)).assertStatus(
      200
    )
    assert.deepEqual((await feedOf(client, me.token)).data, [])
  })

  test('following and unfollowing change the cached personal feed at once', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const creator = await actor('influencer')
    await created(await planFor(creator.user))
    assert.deepEqual((await feedOf(client, me.token)).data, [])

    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(me.token)
    ).assertStatus(200)
    assert.containsSubset((await feedOf(client, me.token)).data, [
      { verb: 'plan.created', actor: { id: creator.user.id } },
    ])
    ;(
      await client.delete(`${API}/users/${creator.user.id}/follow`).bearerToken(me.token)
    ).assertStatus(200)
    assert.deepEqual((await feedOf(client, me.token)).data, [])
  })

  test('a plan turned unlisted, a deleted comment and a member blocked by an admin leave every cached feed at once', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend = await actor('influencer')
    const other = await actor('influencer')
    const admin = await actor('admin')
    for (const followee of [friend, other]) await follows(me.user, followee.user)
    const plan = await planFor(friend.user)
    const otherPlan = await planFor(other.user)
    await created(plan)
    await created(otherPlan)
    const comment = await client
      .post(`${API}/plans/${otherPlan.id}/comments`)
      .json({ body: 'First!' })
      .bearerToken(friend.token)
    comment.assertStatus(201)
    const actorsOf = async (path: string) =>
      (await feedOf(client, me.token, path)).data.map(
        (item: any) => `${item.verb}:${item.actor.id}`
      )
    const paths = ['feed', 'feed/global']
    for (const path of paths)
      assert.includeMembers(await actorsOf(path), [
        `plan.created:${friend.user.id}`,
        `comment.created:${friend.user.id}`,
        `plan.created:${other.user.id}`,
      ])

    ;(
      await client
        .patch(`${API}/plans/${plan.id}`)
        .json({ visibility: 'unlisted' })
        .bearerToken(friend.token)
    ).assertStatus(200)
    for (const path of paths)
      assert.notInclude(await actorsOf(path), `plan.created:${friend.user.id}`, path)

    ;(
      await client.delete(`${API}/comments/${comment.body().data.id}`).bearerToken(friend.token)
    ).assertStatus(204)
    for (const path of paths)
      assert.notInclude(await actorsOf(path), `comment.created:${friend.user.id}`, path)

    ;(
      await client
        .post(`/api/v1/admin/users/${other.user.id}/block`)
        .json({ reason: 'spam' })
        .bearerToken(admin.token)
    ).assertStatus(200)
    for (const path of paths)
      assert.notInclude(await actorsOf(path), `plan.created:${other.user.id}`, path)
  })
})

test.group('community / feeds: refresh', (group) => {
  isolate(group)

  const feedOf = async (client: any, token: string, path = 'feed') =>
    (await client.get(`${API}/${path}`).qs({ limit: 100 }).bearerToken(token)).body()

  test('a refresh drops the caller’s cached pages and answers the first fresh page', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend = await actor('influencer')
    await follows(me.user, friend.user)
    const older = await created(await planFor(friend.user))
    const stale = await feedOf(client, me.token)
    assert.deepEqual(idsOf(stale), [older.id])

    // Written behind the services' back: only a refresh shows it.
    const newer = await created(await planFor(friend.user))
    const newest = await created(await planFor(friend.user))
    assert.deepEqual(idsOf(await feedOf(client, me.token)), [older.id])

    const refreshed = await client
      .post(`${API}/feed/refresh`)
      .qs({ limit: 2 })
      .bearerToken(me.token)
    refreshed.assertStatus(200)
    assert.deepEqual(idsOf(refreshed.body()), [newest.id, newer.id])
    assert.containsSubset(refreshed.body().meta, { nextCursor: newer.id })
    assert.notEqual(refreshed.body().meta.computedAt, stale.meta.computedAt)

    // Every cached page of the caller went, not only the one answered.
    assert.deepEqual(idsOf(await feedOf(client, me.token)), [newest.id, newer.id, older.id])
  })

  test('a refresh leaves other members’ cached pages alone', async ({ client, assert }) => {
    const me = await actor('shopper')
    const other = await actor('shopper')
    const friend = await actor('influencer')
    await follows(me.user, friend.user)
    await follows(other.user, friend.user)
    const first = await created(await planFor(friend.user))
    const othersPage = await feedOf(client, other.token)
    assert.deepEqual(idsOf(othersPage), [first.id])
    await created(await planFor(friend.user))

    ;(await client.post(`${API}/feed/refresh`).bearerToken(me.token)).assertStatus(200)
    const othersAgain = await feedOf(client, other.token)
    assert.deepEqual(idsOf(othersAgain), [first.id])
    assert.equal(othersAgain.meta.computedAt, othersPage.meta.computedAt)
  })

  test('a bad limit is 422 and anonymous callers get 401', async ({ client }) => {
    const me = await actor('shopper')
    for (const limit of ['0', '101', 'many', '1.5']) {
      const res = await client.post(`${API}/feed/refresh`).qs({ limit }).bearerToken(me.token)
      res.assertStatus(422)
      res.assertBodyContains({ errors: [{ field: 'limit' }] })
    }
    ;(await client.post(`${API}/feed/refresh`)).assertStatus(401)
  })
})
