import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Notification from '#models/notification'
import { sqlTime } from '#platform/db/time'
import NotificationService from '#services/notifications/notification_service'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { API, planFor } from '#tests/support/community_plans'

const service = () => app.container.make(NotificationService)

/** A `user.followed` notification for `userId` from a fresh actor id. */
async function followedBy(userId: number, actorId: number, name = `Fan ${actorId}`) {
  return (await service()).notify({
    userId,
    type: 'user.followed',
    groupKey: `user.followed:${userId}`,
    actor: { id: actorId, name },
  })
}

async function unreadCount(client: any, token: string) {
  const res = await client.get(`${API}/notifications/unread-count`).bearerToken(token)
  res.assertStatus(200)
  return res.body() as { data: { count: number }; meta: { computedAt: string } }
}

test.group('notifications / inbox', (group) => {
  isolate(group)

  test('lists only your own notifications, most recently updated first, with filters', async ({
    client,
    assert,
  }) => {
    const me = await actor('influencer')
    const other = await actor('influencer')
    const plan = await planFor(me.user, { title: 'Sketching' })
    const [a, b] = [await actor('shopper'), await actor('shopper')]
    const liked = await (
      await service()
    ).notify({
      userId: me.user.id,
      type: 'plan.liked',
      groupKey: `plan.liked:${plan.id}`,
      actor: { id: a.user.id, name: 'Ann' },
      data: { planId: plan.id, planTitle: plan.title },
    })
    const followed = await followedBy(me.user.id, b.user.id, 'Bob')
    await followedBy(other.user.id, a.user.id)
    // A minute later (SQLite keeps whole seconds), the like group grows: it moves back to the top.
    await db
      .from('notifications')
      .where('user_id', me.user.id)
      .update({ updated_at: sqlTime(DateTime.utc().minus({ minutes: 1 })) })
    await (
      await service()
    ).notify({
      userId: me.user.id,
      type: 'plan.liked',
      groupKey: `plan.liked:${plan.id}`,
      actor: { id: b.user.id, name: 'Bob' },
      data: { planId: plan.id, planTitle: plan.title },
    })

    const all = await client.get(`${API}/notifications`).bearerToken(me.token)
    all.assertStatus(200)
    assert.deepEqual(
      all.body().data.map((n: any) => n.id),
      [liked!.id, followed!.id]
    )
    assert.deepEqual(all.body().meta, { page: 1, perPage: 20, total: 2, lastPage: 1 })
    assert.containsSubset(all.body().data[0], {
      type: 'plan.liked',
      title: '2 people liked your plan "Sketching"',
      count: 2,
      read: false,
      data: { planId: plan.id },
    })

    const follows = await client
      .get(`${API}/notifications?type=user.followed`)
      .bearerToken(me.token)
    assert.deepEqual(
      follows.body().data.map((n: any) => n.title),
      ['Bob started following you']
    )

    ;(
      await client.post(`${API}/notifications/${followed!.id}/read`).bearerToken(me.token)
    ).assertStatus(200)
    const unread = await client.get(`${API}/notifications?unread=true`).bearerToken(me.token)
    assert.deepEqual(
      unread.body().data.map((n: any) => n.id),
      [liked!.id]
    )
    const read = await client.get(`${API}/notifications?unread=false`).bearerToken(me.token)
    assert.deepEqual(
      read.body().data.map((n: any) => n.id),
      [followed!.id]
    )

    const paged = await client.get(`${API}/notifications?perPage=1&page=2`).bearerToken(me.token)
    assert.deepEqual(paged.body().meta, { page: 2, perPage: 1, total: 2, lastPage: 2 })
    assert.lengthOf(paged.body().data, 1)

    const bad = await client
      .get(`${API}/notifications?type=plan.exploded&perPage=500`)
      .bearerToken(me.token)
    bad.assertStatus(422)
    assert.includeMembers(
      bad.body().errors.map((e: any) => e.field),
      ['type', 'perPage']
    )
  })

  test('read one (idempotent), read all and delete; another user gets 404 and changes nothing', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const stranger = await actor('shopper')
    const first = await followedBy(me.user.id, stranger.user.id)
    const other = await (
      await service()
    ).notify({
      userId: me.user.id,
      type: 'plan.download_milestone',
      groupKey: 'plan.download_milestone:1:10',
      data: { planTitle: 'Plan', milestone: 10 },
    })

    for (const res of [
      await client.post(`${API}/notifications/${first!.id}/read`).bearerToken(stranger.token),
      await client.delete(`${API}/notifications/${first!.id}`).bearerToken(stranger.token),
      await client.post(`${API}/notifications/999999999/read`).bearerToken(me.token),
    ]) {
      res.assertStatus(404)
      assert.equal(res.body().errors[0].code, 'E_NOT_FOUND')
    }
    assert.isNull((await Notification.findOrFail(first!.id)).readAt)

    const read = await client.post(`${API}/notifications/${first!.id}/read`).bearerToken(me.token)
    read.assertStatus(200)
    assert.isTrue(read.body().data.read)
    const readAt = (await Notification.findOrFail(first!.id)).readAt!.toMillis()
    ;(
      await client.post(`${API}/notifications/${first!.id}/read`).bearerToken(me.token)
    ).assertStatus(200)
    assert.equal((await Notification.findOrFail(first!.id)).readAt!.toMillis(), readAt)

    const all = await client.post(`${API}/notifications/read-all`).bearerToken(me.token)
    all.assertStatus(200)
    assert.deepEqual(all.body().data, { updated: 1 })
    assert.isNotNull((await Notification.findOrFail(other!.id)).readAt)

    ;(await client.delete(`${API}/notifications/${other!.id}`).bearerToken(me.token)).assertStatus(
      204
    )
    assert.isNull(await Notification.find(other!.id))
    ;(await client.delete(`${API}/notifications/${other!.id}`).bearerToken(me.token)).assertStatus(
      404
    )
  })

  test('the unread count is cached and dropped whenever a notification is created, read or deleted', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const [a, b, c] = [await actor('shopper'), await actor('shopper'), await actor('shopper')]
    const empty = await unreadCount(client, me.token)
    assert.equal(empty.data.count, 0)
    assert.isString(empty.meta.computedAt)

    // Written behind the service's back: the cached count does not see it...
    await Notification.create({
      userId: me.user.id,
      type: 'user.followed',
      groupKey: 'raw',
      actorIds: [],
      actorCount: 1,
      title: 'raw',
      data: {},
    })
    const cached = await unreadCount(client, me.token)
    assert.deepEqual(cached, empty)

    // ...every change through the app drops it.
    const followed = await followedBy(me.user.id, a.user.id)
    assert.equal((await unreadCount(client, me.token)).data.count, 2)
    await followedBy(me.user.id, b.user.id)
    assert.equal(
      (await unreadCount(client, me.token)).data.count,
      2,
      'grouped into the same notification'
    )
    await client.post(`${API}/notifications/${followed!.id}/read`).bearerToken(me.token)
    assert.equal((await unreadCount(client, me.token)).data.count, 1)
    const next = await followedBy(me.user.id, c.user.id)
    assert.equal((await unreadCount(client, me.token)).data.count, 2)
    await client.delete(`${API}/notifications/${next!.id}`).bearerToken(me.token)
    assert.equal((await unreadCount(client, me.token)).data.count, 1)
    await client.post(`${API}/notifications/read-all`).bearerToken(me.token)
    assert.equal((await unreadCount(client, me.token)).data.count, 0)
  })
})

test.group('notifications / grouping', (group) => {
  isolate(group)

  test('twelve people liking a plan make one notification "12 people liked your plan"', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Morning runs' })
    const fans = await Promise.all(Array.from({ length: 12 }, () => actor('shopper')))
    for (const fan of fans)
      (await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)).assertStatus(200)

    const list = await client.get(`${API}/notifications`).bearerToken(owner.token)
    assert.lengthOf(list.body().data, 1)
    assert.containsSubset(list.body().data[0], {
      type: 'plan.liked',
      count: 12,
      title: '12 people liked your plan "Morning runs"',
      read: false,
    })
    assert.equal((await unreadCount(client, owner.token)).data.count, 1)
  })

  test('the same person twice counts once; after reading, the next like starts a new notification', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Knots' })
    const [ann, bob] = [
      await actor('shopper', { fullName: 'Ann' }),
      await actor('shopper', { fullName: 'Bob' }),
    ]
    const like = (fan: { token: string }) =>
      client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)
    await like(ann)
    await client.delete(`${API}/plans/${plan.id}/like`).bearerToken(ann.token)
    await like(ann)
    let list = await client.get(`${API}/notifications`).bearerToken(owner.token)
    assert.lengthOf(list.body().data, 1)
    assert.containsSubset(list.body().data[0], { count: 1, title: 'Ann liked your plan "Knots"' })

    await like(bob)
    list = await client.get(`${API}/notifications`).bearerToken(owner.token)
    assert.containsSubset(list.body().data[0], {
      count: 2,
      title: '2 people liked your plan "Knots"',
    })

    await client
      .post(`${API}/notifications/${list.body().data[0].id}/read`)
      .bearerToken(owner.token)
    await client.delete(`${API}/plans/${plan.id}/like`).bearerToken(bob.token)
    await like(bob)
    list = await client.get(`${API}/notifications`).bearerToken(owner.token)
    assert.lengthOf(list.body().data, 2)
    assert.containsSubset(list.body().data[0], {
      count: 1,
      title: 'Bob liked your plan "Knots"',
      read: false,
    })
    assert.containsSubset(list.body().data[1], { count: 2, read: true })
  })

  test('your own action on your own content notifies nobody', async ({ assert }) => {
    const me = await actor('influencer')
    assert.isNull(
      await (
        await service()
      ).notify({
        userId: me.user.id,
        type: 'user.followed',
        groupKey: 'self',
        actor: { id: me.user.id, name: 'Me' },
      })
    )
    assert.lengthOf(await Notification.query().where('user_id', me.user.id), 0)
  })
})
