import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { API, firstError, planFor } from '#tests/support/community_plans'
import { streamsOf } from '#tests/support/sse'

const BASE = `http://${env.get('HOST', '127.0.0.1')}:${env.get('PORT')}`
const presence = (planId: number | string) => `${API}/plans/${planId}/presence`

test.group('community / live plan rooms', (group) => {
  isolate(group)
  const stream = streamsOf(group, BASE)

  test('viewers join and leave; everyone sees the count, the owner sees who is there', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const ann = await actor('shopper', { fullName: 'Ann' })
    const bob = await actor('influencer', { fullName: 'Bob' })
    const plan = await planFor(owner.user)

    const joined = await client.post(presence(plan.id)).bearerToken(ann.token)
    joined.assertStatus(200)
    assert.deepEqual(joined.body().data, {
      planId: plan.id,
      count: 1,
      channel: `plan-rooms/${plan.id}`,
      visitorsChannel: null,
      ttlSeconds: 30,
      heartbeatSeconds: 10,
    })
    // a heartbeat keeps the member in, counted once
    const heartbeat = await client.post(presence(plan.id)).bearerToken(ann.token)
    assert.equal(heartbeat.body().data.count, 1)
    ;(await client.post(presence(plan.id)).bearerToken(bob.token)).assertStatus(200)

    const seenByBob = await client.get(presence(plan.id)).bearerToken(bob.token)
    seenByBob.assertStatus(200)
    assert.equal(seenByBob.body().data.count, 2)
    assert.isNull(seenByBob.body().data.visitorsChannel)

    const seenByOwner = await client.get(presence(plan.id)).bearerToken(owner.token)
    assert.equal(seenByOwner.body().data.count, 2)
    assert.equal(seenByOwner.body().data.visitorsChannel, `plan-visitors/${plan.id}`)

    const members = await client.get(`${presence(plan.id)}/members`).bearerToken(owner.token)
    members.assertStatus(200)
    assert.sameMembers(
      members.body().data.map((m: { fullName: string }) => m.fullName),
      ['Ann', 'Bob']
    )
    assert.equal(members.body().data[0].fullName, 'Bob', 'latest heartbeat first')
    assert.deepEqual(members.body().meta, { page: 1, perPage: 20, total: 2, lastPage: 1 })
    const paged = await client
      .get(`${presence(plan.id)}/members`)
      .qs({ perPage: 1, page: 2 })
      .bearerToken(owner.token)
    assert.deepEqual(
      paged.body().data.map((m: { id: number }) => m.id),
      [ann.user.id]
    )

    const refused = await client.get(`${presence(plan.id)}/members`).bearerToken(ann.token)
    refused.assertStatus(403)

    ;(await client.delete(presence(plan.id)).bearerToken(ann.token)).assertStatus(204)
    ;(await client.delete(presence(plan.id)).bearerToken(ann.token)).assertStatus(204)
    const after = await client.get(presence(plan.id)).bearerToken(bob.token)
    assert.equal(after.body().data.count, 1)

    const { user: admin, token: adminToken } = await actor('admin')
    const adminView = await client.get(`${presence(plan.id)}/members`).bearerToken(adminToken)
    adminView.assertStatus(200)
    assert.deepEqual(
      adminView.body().data.map((m: { id: number }) => m.id),
      [bob.user.id]
    )
    assert.notEqual(admin.id, bob.user.id)
  })

  test('join and leave reach the owner and the viewers over SSE; closing the stream leaves the room', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const ann = await actor('shopper', { fullName: 'Ann' })
    const plan = await planFor(owner.user)

    const watcher = await stream(owner.token)
    assert.equal((await watcher.subscribe(`plan-visitors/${plan.id}`)).status, 204)
    const viewer = await stream(ann.token)
    assert.equal((await viewer.subscribe(`plan-rooms/${plan.id}`)).status, 204)

    ;(await client.post(presence(plan.id)).bearerToken(ann.token)).assertStatus(200)
    const arrival = await watcher.next((m) => m.payload.event === 'joined')
    assert.equal(arrival.channel, `plan-visitors/${plan.id}`)
    assert.deepEqual(arrival.payload.data, {
      planId: plan.id,
      member: { id: ann.user.id, fullName: 'Ann', role: 'shopper' },
      count: 1,
    })
    const counted = await viewer.next((m) => m.payload.event === 'count')
    assert.deepEqual(counted.payload.data, { planId: plan.id, count: 1 })

    viewer.close()
    const departure = await watcher.next((m) => m.payload.event === 'left')
    assert.deepEqual(departure.payload.data, {
      planId: plan.id,
      member: { id: ann.user.id, fullName: 'Ann', role: 'shopper' },
      count: 0,
    })
    const room = await client.get(presence(plan.id)).bearerToken(owner.token)
    assert.equal(room.body().data.count, 0)
  })

  test('a private profile is counted and announced without its name', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const shy = await actor('shopper', { privacy: { profileVisibility: 'private' } })
    const plan = await planFor(owner.user)
    const watcher = await stream(owner.token)
    assert.equal((await watcher.subscribe(`plan-visitors/${plan.id}`)).status, 204)

    ;(await client.post(presence(plan.id)).bearerToken(shy.token)).assertStatus(200)
    const arrival = await watcher.next((m) => m.payload.event === 'joined')
    assert.deepEqual(arrival.payload.data, { planId: plan.id, member: null, count: 1 })
    const members = await client.get(`${presence(plan.id)}/members`).bearerToken(owner.token)
    assert.deepEqual(members.body().data, [])
    assert.equal(
      (await client.get(presence(plan.id)).bearerToken(owner.token)).body().data.count,
      1
    )
  })

  test('only those who may open the plan get in: hidden plans and blocked members get 404', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const pest = await actor('shopper')
    const other = await actor('shopper')
    const plan = await planFor(owner.user)
    const hidden = await planFor(owner.user, { hiddenAt: DateTime.now() })
    const unlisted = await planFor(owner.user, { visibility: 'unlisted' })
    await db.table('member_blocks').insert({
      blocker_id: owner.user.id,
      blocked_id: pest.user.id,
      created_at: new Date(),
    })

    for (const [token, planId] of [
      [pest.token, plan.id],
      [other.token, hidden.id],
    ] as const) {
      for (const call of [
        client.post(presence(planId)),
        client.delete(presence(planId)),
        client.get(presence(planId)),
        client.get(`${presence(planId)}/members`),
      ]) {
        const refused = await call.bearerToken(token)
        refused.assertStatus(404)
        assert.deepEqual(firstError(refused.body()), {
          code: 'E_NOT_FOUND',
          message: 'Plan not found',
        })
      }
    }
    // unlisted plans open by link, so their room too; the owner gets into a hidden one
    ;(await client.post(presence(unlisted.id)).bearerToken(other.token)).assertStatus(200)
    ;(await client.post(presence(hidden.id)).bearerToken(owner.token)).assertStatus(200)

    const pestStream = await stream(pest.token)
    const refusedRoom = await pestStream.subscribe(`plan-rooms/${plan.id}`)
    assert.equal(refusedRoom.status, 403)
    assert.equal(
      ((await refusedRoom.json()) as { errors: { code: string }[] }).errors[0].code,
      'E_CHANNEL_FORBIDDEN'
    )
    const otherStream = await stream(other.token)
    assert.equal((await otherStream.subscribe(`plan-rooms/${hidden.id}`)).status, 403)
    assert.equal((await otherStream.subscribe(`plan-visitors/${plan.id}`)).status, 403)
    assert.equal((await otherStream.subscribe(`plan-rooms/${plan.id}`)).status, 204)
    assert.equal((await otherStream.subscribe('plan-rooms/987654321')).status, 403)
    assert.equal((await otherStream.subscribe('plan-rooms/99999999999')).status, 403)
  })

  test('a member the owner blocks is taken out of the room at once and cannot come back', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const pest = await actor('shopper', { fullName: 'Pest' })
    const plan = await planFor(owner.user)
    const otherPlan = await planFor((await actor('influencer')).user)
    const watcher = await stream(owner.token)
    assert.equal((await watcher.subscribe(`plan-visitors/${plan.id}`)).status, 204)
    ;(await client.post(presence(plan.id)).bearerToken(pest.token)).assertStatus(200)
    ;(await client.post(presence(otherPlan.id)).bearerToken(pest.token)).assertStatus(200)
    await watcher.next((m) => m.payload.event === 'joined')

    ;(
      await client.post(`${API}/users/${pest.user.id}/block`).bearerToken(owner.token)
    ).assertStatus(204)
    const departure = await watcher.next((m) => m.payload.event === 'left')
    assert.equal(departure.payload.data.member.id, pest.user.id)
    assert.equal(departure.payload.data.count, 0)
    ;(await client.post(presence(plan.id)).bearerToken(pest.token)).assertStatus(404)
    // rooms of other members' plans are not touched
    const elsewhere = await client.get(presence(otherPlan.id)).bearerToken(pest.token)
    assert.equal(elsewhere.body().data.count, 1)
  })

  test('bad input: unknown plans, ids out of range, body fields and page sizes', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    ;(await client.post(presence(987654321)).bearerToken(owner.token)).assertStatus(404)
    ;(await client.post(presence('abc')).bearerToken(owner.token)).assertStatus(404)
    ;(await client.get(presence('99999999999')).bearerToken(owner.token)).assertStatus(404)

    const unknownField = await client
      .post(presence(plan.id))
      .bearerToken(owner.token)
      .json({ heartbeat: true })
    unknownField.assertStatus(422)
    assert.equal(firstError(unknownField.body())?.code, 'E_UNKNOWN_FIELD')

    const bigPage = await client
      .get(`${presence(plan.id)}/members`)
      .qs({ perPage: 1000 })
      .bearerToken(owner.token)
    bigPage.assertStatus(422)
    assert.equal(firstError(bigPage.body())?.field, 'perPage')

    ;(await client.post(presence(plan.id))).assertStatus(401)
    ;(await client.get(`${presence(plan.id)}/members`)).assertStatus(401)
  })
})
