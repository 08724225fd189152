import { test } from '@japa/runner'
import env from '#start/env'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { API, planFor } from '#tests/support/community_plans'
import { streamsOf } from '#tests/support/sse'

const BASE = `http://${env.get('HOST', '127.0.0.1')}:${env.get('PORT')}`

test.group('notifications / delivery over SSE', (group) => {
  isolate(group)
  const stream = streamsOf(group, BASE)

  test('a notification for X arrives on X’s stream as it is created and as its group grows', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Watercolour basics' })
    const [ann, bob] = [
      await actor('shopper', { fullName: 'Ann' }),
      await actor('shopper', { fullName: 'Bob' }),
    ]
    const watcher = await stream(owner.token)
    assert.equal(watcher.response.status, 200)
    assert.equal((await watcher.subscribe(`users/${owner.user.id}`)).status, 204)

    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(ann.token)).assertStatus(200)
    const first = await watcher.next(
      (m) => m.channel === `users/${owner.user.id}` && m.payload.event === 'notification'
    )
    assert.containsSubset(first.payload.data, {
      type: 'plan.liked',
      count: 1,
      title: 'Ann liked your plan "Watercolour basics"',
      read: false,
    })
    assert.isString(first.payload.sentAt)

    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(bob.token)).assertStatus(200)
    const grown = await watcher.next(
      (m) => m.payload.event === 'notification' && m.payload.data.count === 2
    )
    assert.equal(grown.payload.data.id, first.payload.data.id)
    assert.equal(grown.payload.data.title, '2 people liked your plan "Watercolour basics"')

    const listed = await client.get(`${API}/notifications`).bearerToken(owner.token)
    // The same notification; SQLite keeps whole seconds, so the pushed times may carry milliseconds the list does not.
    const row = listed.body().data[0]
    assert.deepEqual(
      { ...row, createdAt: null, updatedAt: null },
      { ...grown.payload.data, createdAt: null, updatedAt: null }
    )
    for (const field of ['createdAt', 'updatedAt'])
      assert.isBelow(
        Math.abs(Date.parse(row[field]) - Date.parse(grown.payload.data[field])),
        1000,
        field
      )
  })

  test('nobody else hears it, and nobody may subscribe to another user’s channel', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const other = await actor('influencer')
    const fan = await actor('shopper')
    const plan = await planFor(owner.user)
    const ownerStream = await stream(owner.token)
    const otherStream = await stream(other.token)
    assert.equal((await ownerStream.subscribe(`users/${owner.user.id}`)).status, 204)
    assert.equal((await otherStream.subscribe(`users/${other.user.id}`)).status, 204)
    const refused = await otherStream.subscribe(`users/${owner.user.id}`)
    assert.equal(refused.status, 403)

    await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)
    await ownerStream.next((m) => m.payload.event === 'notification')
    // A later notification of the other user's own is the marker: anything meant for the
    // owner that leaked to the other stream was published before it, so would be here first.
    const otherPlan = await planFor(other.user, { title: 'Marker plan' })
    await client.post(`${API}/plans/${otherPlan.id}/like`).bearerToken(fan.token)
    await otherStream.next((m) => m.payload?.event === 'notification')
    const heard = otherStream.received.filter((m) => m.payload?.event === 'notification')
    assert.lengthOf(heard, 1, JSON.stringify(heard))
    assert.equal(heard[0].channel, `users/${other.user.id}`)
    assert.include(heard[0].payload.data.title, '"Marker plan"')
  })
})
