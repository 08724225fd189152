import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Activity from '#models/activity'
import Notification from '#models/notification'
import type User from '#models/user'
import { sqlTime } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor } from '#tests/support/community_plans'

/** A follow written straight to the database, `minutesAgo` old. */
function follows(follower: User, followee: User, minutesAgo = 0) {
  return db.table('follows').insert({
    follower_id: follower.id,
    followee_id: followee.id,
    created_at: sqlTime(DateTime.utc().minus({ minutes: minutesAgo })),
  })
}

test.group('community / follows: follow and unfollow', (group) => {
  isolate(group)

  test('following twice counts once; the member hears of it once; unfollowing twice is fine too', async ({
    client,
    assert,
  }) => {
    const fan = await actor('shopper')
    const creator = await actor('influencer')
    const follow = () =>
      client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(fan.token)

    for (let i = 0; i < 2; i++) {
      const res = await follow()
      res.assertStatus(200)
      assert.deepEqual(res.body().data, {
        userId: creator.user.id,
        following: true,
        followedBy: false,
        mutual: false,
        followersCount: 1,
        followingCount: 0,
      })
    }
    assert.lengthOf(
      await db.from('follows').where({ follower_id: fan.user.id, followee_id: creator.user.id }),
      1
    )
    assert.lengthOf(
      await Activity.query().where({
        actorId: fan.user.id,
        verb: 'user.followed',
        subjectId: creator.user.id,
      }),
      1
    )
    const notification = await Notification.query()
      .where({ userId: creator.user.id, type: 'user.followed' })
      .firstOrFail()
    assert.equal(notification.actorCount, 1)
    assert.equal(notification.title, `${fan.user.fullName} started following you`)

    for (let i = 0; i < 2; i++) {
      const res = await client
        .delete(`${API}/users/${creator.user.id}/follow`)
        .bearerToken(fan.token)
      res.assertStatus(200)
      assert.containsSubset(res.body().data, { following: false, followersCount: 0 })
    }
    assert.lengthOf(
      await Activity.query().where({ actorId: fan.user.id, verb: 'user.followed' }),
      0
    )
  })

  test('status tells both directions', async ({ client, assert }) => {
    const a = await actor('influencer')
    const b = await actor('influencer')
    await client.post(`${API}/users/${b.user.id}/follow`).bearerToken(a.token)
    const one = await client.get(`${API}/users/${a.user.id}/follow-status`).bearerToken(b.token)
    assert.containsSubset(one.body().data, {
      userId: a.user.id,
      following: false,
      followedBy: true,
      mutual: false,
    })
    await client.post(`${API}/users/${a.user.id}/follow`).bearerToken(b.token)
    const both = await client.get(`${API}/users/${a.user.id}/follow-status`).bearerToken(b.token)
    assert.containsSubset(both.body().data, {
      following: true,
      followedBy: true,
      mutual: true,
      followersCount: 1,
      followingCount: 1,
    })
  })

  test('nobody follows themself', async ({ client, assert }) => {
    const me = await actor('influencer')
    const res = await client.post(`${API}/users/${me.user.id}/follow`).bearerToken(me.token)
    res.assertStatus(422)
    assert.deepEqual(res.body().errors, [
      { code: 'E_SELF_FOLLOW', message: 'You cannot follow yourself', field: 'id' },
    ])
    assert.lengthOf(await db.from('follows').where('follower_id', me.user.id), 0)
  })

  test('blocked, private, admin and unknown accounts cannot be followed (404)', async ({
    client,
    assert,
  }) => {
    const fan = await actor('shopper')
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    const hidden = await actor('influencer', { privacy: { profileVisibility: 'private' } })
    const admin = await actor('admin')
    for (const id of [blocked.user.id, hidden.user.id, admin.user.id, 999_999_999]) {
      const res = await client.post(`${API}/users/${id}/follow`).bearerToken(fan.token)
      res.assertStatus(404)
      assert.equal(firstError(res.body())?.code, 'E_NOT_FOUND')
      ;(await client.get(`${API}/users/${id}/follow-status`).bearerToken(fan.token)).assertStatus(
        404
      )
    }
    assert.lengthOf(await db.from('follows').where('follower_id', fan.user.id), 0)
  })

  test('admins and pending brands cannot follow; signed-out callers get 401', async ({
    client,
    assert,
  }) => {
    const creator = await actor('influencer')
    const admin = await actor('admin')
    const pending = await actor('pendingSponsor')
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(admin.token)
    ).assertStatus(403)
    const byPending = await client
      .post(`${API}/users/${creator.user.id}/follow`)
      .bearerToken(pending.token)
    byPending.assertStatus(403)
    assert.equal(firstError(byPending.body())?.message, 'Your brand account is pending approval')
    ;(await client.post(`${API}/users/${creator.user.id}/follow`)).assertStatus(401)
  })
})

test.group('community / follows: followers and following lists', (group) => {
  isolate(group)

  test('paginated, most recent first, blocked accounts left out', async ({ client, assert }) => {
    const creator = await actor('influencer')
    const [old, recent, newest] = [
      await actor('shopper'),
      await actor('sponsor'),
      await actor('influencer'),
    ]
    const blocked = await actor('shopper', { blockedAt: DateTime.utc() })
    await follows(old.user, creator.user, 30)
    await follows(recent.user, creator.user, 20)
    await follows(newest.user, creator.user, 10)
    await follows(blocked.user, creator.user, 5)
    await follows(creator.user, newest.user)

    const first = await client
      .get(`${API}/users/${creator.user.id}/followers`)
      .qs({ perPage: 2 })
      .bearerToken(old.token)
    first.assertStatus(200)
    assert.deepEqual(
      first.body().data.map((m: any) => m.id),
      [newest.user.id, recent.user.id]
    )
    assert.deepEqual(first.body().meta, { page: 1, perPage: 2, total: 3, lastPage: 2 })
    assert.containsSubset(first.body().data[0], {
      fullName: newest.user.fullName,
      role: 'influencer',
    })
    assert.isString(first.body().data[0].followedAt)
    const second = await client
      .get(`${API}/users/${creator.user.id}/followers`)
      .qs({ perPage: 2, page: 2 })
      .bearerToken(old.token)
    assert.deepEqual(
      second.body().data.map((m: any) => m.id),
      [old.user.id]
    )

    const following = await client
      .get(`${API}/users/${creator.user.id}/following`)
      .bearerToken(old.token)
    assert.deepEqual(
      following.body().data.map((m: any) => m.id),
      [newest.user.id]
    )
    const status = await client
      .get(`${API}/users/${creator.user.id}/follow-status`)
      .bearerToken(old.token)
    assert.containsSubset(status.body().data, { followersCount: 3, followingCount: 1 })
  })

  test('showFollowers: false keeps both lists to the member themself (and admins)', async ({
    client,
    assert,
  }) => {
    const creator = await actor('influencer', { privacy: { showFollowers: false } })
    const fan = await actor('shopper')
    await follows(fan.user, creator.user)
    for (const list of ['followers', 'following']) {
      const res = await client.get(`${API}/users/${creator.user.id}/${list}`).bearerToken(fan.token)
      res.assertStatus(403)
      assert.equal(
        firstError(res.body())?.message,
        'This member keeps their followers and following private'
      )
    }
    const own = await client
      .get(`${API}/users/${creator.user.id}/followers`)
      .bearerToken(creator.token)
    own.assertStatus(200)
    assert.deepEqual(
      own.body().data.map((m: any) => m.id),
      [fan.user.id]
    )
    const admin = await actor('admin')
    ;(
      await client.get(`${API}/users/${creator.user.id}/followers`).bearerToken(admin.token)
    ).assertStatus(200)
  })

  test('followers-only and private profiles hide their lists from others', async ({ client }) => {
    const closed = await actor('influencer', { privacy: { profileVisibility: 'followers' } })
    const hidden = await actor('influencer', { privacy: { profileVisibility: 'private' } })
    const fan = await actor('shopper')
    const stranger = await actor('shopper')
    await follows(fan.user, closed.user)
    ;(
      await client.get(`${API}/users/${closed.user.id}/followers`).bearerToken(stranger.token)
    ).assertStatus(403)
    ;(
      await client.get(`${API}/users/${closed.user.id}/followers`).bearerToken(fan.token)
    ).assertStatus(200)
    ;(
      await client.get(`${API}/users/${hidden.user.id}/followers`).bearerToken(stranger.token)
    ).assertStatus(404)
    ;(
      await client.get(`${API}/users/${hidden.user.id}/following`).bearerToken(hidden.token)
    ).assertStatus(200)
  })
})

test.group('community / follows: suggestions', (group) => {
  isolate(group)

  test('friends of friends, creators in liked categories and popular members, ranked by the documented score', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const friend1 = await actor('influencer')
    const friend2 = await actor('influencer')
    await follows(me.user, friend1.user)
    await follows(me.user, friend2.user)

    // Followed by both friends: 3 × 2 mutual + log2(1 + 2 followers) = 7.58.
    const fof = await actor('influencer')
    await follows(friend1.user, fof.user)
    await follows(friend2.user, fof.user)
    // Three listed plans in a category I liked: 2 × 3 + log2(1) = 6 (an unlisted one does not count).
    const category = `cat-${fof.user.id}`
    const maker = await actor('influencer')
    const liked = await planFor(friend1.user, { category })
    await db
      .table('plan_likes')
      .insert({ plan_id: liked.id, user_id: me.user.id, created_at: sqlTime(DateTime.utc()) })
    for (let i = 0; i < 3; i++) await planFor(maker.user, { category })
    await planFor(maker.user, { category, visibility: 'unlisted' })

    // Never suggested: myself, people I follow, blocked, private, admins.
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    const hidden = await actor('influencer', { privacy: { profileVisibility: 'private' } })
    const admin = await actor('admin')
    for (const other of [blocked, hidden, admin]) {
      await follows(friend1.user, other.user)
      await follows(friend2.user, other.user)
      await planFor(other.user, { category })
    }
    await follows(friend1.user, me.user)
    await follows(friend2.user, friend1.user)

    const res = await client
      .get(`${API}/me/follow-suggestions`)
      .qs({ limit: 50 })
      .bearerToken(me.token)
    res.assertStatus(200)
    const suggested = res.body().data as any[]
    const ids = suggested.map((s) => s.user.id)
    for (const never of [me, friend1, friend2, blocked, hidden, admin])
      assert.notInclude(ids, never.user.id)
    assert.isBelow(ids.indexOf(fof.user.id), ids.indexOf(maker.user.id))
    const top = suggested.find((s) => s.user.id === fof.user.id)
    assert.deepEqual(top, {
      user: { id: fof.user.id, fullName: fof.user.fullName, role: 'influencer' },
      score: 7.58,
      reasons: ['followed_by_people_you_follow', 'popular'],
      mutualFollows: 2,
      plansInYourCategories: 0,
      followersCount: 2,
    })
    assert.containsSubset(
      suggested.find((s) => s.user.id === maker.user.id),
      { score: 6, reasons: ['creates_in_your_categories'], plansInYourCategories: 3 }
    )

    await client.post(`${API}/users/${fof.user.id}/follow`).bearerToken(me.token)
    const after = await client
      .get(`${API}/me/follow-suggestions`)
      .qs({ limit: 50 })
      .bearerToken(me.token)
    assert.notInclude(
      after.body().data.map((s: any) => s.user.id),
      fof.user.id
    )
  })

  test('limit is validated', async ({ client }) => {
    const me = await actor('shopper')
    ;(
      await client.get(`${API}/me/follow-suggestions`).qs({ limit: 51 }).bearerToken(me.token)
    ).assertStatus(422)
  })
})
