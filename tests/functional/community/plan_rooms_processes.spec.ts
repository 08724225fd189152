import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import env from '#start/env'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { openStream, type Stream } from '#tests/support/sse'
import {
  call,
  login,
  relayConnected,
  type Session,
  startTwoServers,
} from '#tests/support/two_servers'

/** The TTL the two servers run with: short, so expiry is seen within the test. */
const TTL_SECONDS = 3

/** The `data` of a JSON answer. */
async function dataOf<T>(response: Response) {
  return ((await response.json()) as { data: T }).data
}

/**
 * Two app processes on one SQLite file and one Redis database, with
 * PLAN_ROOM_TTL=3s: presence written through one is read through the other,
 * and the events it causes reach the streams of both.
 */
test.group('community / live plan rooms across servers', (group) => {
  let pair: Awaited<ReturnType<typeof startTwoServers>> | undefined
  let serverA: string
  let serverB: string
  let maya: Session
  let sam: Session
  let noor: Session
  let admin: Session
  const streams: Stream[] = []

  const stream = async (base: string, token: string) => {
    const opened = await openStream(base, token)
    streams.push(opened)
    return opened
  }

  const cleanup = async () => {
    for (const opened of streams.splice(0)) opened.close()
    await pair?.stop()
  }

  async function newPlan() {
    const response = await call('POST', `${serverA}/api/v1/plans`, maya.token, {
      title: `Room ${randomUUID().slice(0, 8)}`,
      description: 'A plan to look at together',
      category: 'art',
      difficulty: 'beginner',
      durationDays: 1,
      tasks: [{ day: 1, title: 'Look around' }],
    })
    if (response.status !== 201) throw new Error(`plan not created: ${await response.text()}`)
    return (await dataOf<{ id: number }>(response)).id
  }

  group.setup(async () => {
    try {
      pair = await startTwoServers(
        'rooms',
        {
          REDIS_HOST: env.get('REDIS_HOST', '127.0.0.1'),
          REDIS_PORT: String(env.get('REDIS_PORT', 6379)),
          REDIS_DB: String(env.get('REDIS_DB', 0)),
          // Presence keys of these two servers only: the suite's own sweeper must not take their members out.
          QUEUE_PREFIX: `rooms-${randomUUID().slice(0, 8)}`,
          PLAN_ROOM_TTL: `${TTL_SECONDS}s`,
          DEV_WORKER: 'false',
        },
        60_000
      )
      serverA = pair.a
      serverB = pair.b

      admin = await login(serverA, 'admin@marquee.local', 'marquee-admin-2026')
      maya = await login(serverA, 'creator.maya@marquee.local', DEMO_PASSWORD)
      sam = await login(serverB, 'shopper.sam@marquee.local', DEMO_PASSWORD)
      noor = await login(serverB, 'shopper.noor@marquee.local', DEMO_PASSWORD)
      await relayConnected(serverA, serverB, admin)
    } catch (error) {
      await cleanup()
      throw error
    }
  })
  group.teardown(cleanup)
  group.each.teardown(() => {
    for (const opened of streams.splice(0)) opened.close()
  })

  test('a join through server B reaches the owner streaming from A; both servers share the room', async ({
    assert,
  }) => {
    const planId = await newPlan()
    const owner = await stream(serverA, maya.token)
    assert.equal((await owner.subscribe(`plan-visitors/${planId}`)).status, 204)
    const viewer = await stream(serverB, noor.token)
    assert.equal((await viewer.subscribe(`plan-rooms/${planId}`)).status, 204)

    const joined = await call('POST', `${serverB}/api/v1/plans/${planId}/presence`, sam.token)
    assert.equal(joined.status, 200)
    const arrival = await owner.next((m) => m.payload.event === 'joined')
    assert.deepEqual(arrival.payload.data, {
      planId,
      member: { id: sam.id, fullName: 'Sam Rivera', role: 'shopper' },
      count: 1,
    })
    assert.deepEqual(
      (await viewer.next((m) => m.payload.event === 'count' && m.payload.data.count === 1)).payload
        .data,
      { planId, count: 1 }
    )

    const room = await call('GET', `${serverA}/api/v1/plans/${planId}/presence`, maya.token)
    assert.equal((await dataOf<{ count: number }>(room)).count, 1)
    const members = await call(
      'GET',
      `${serverA}/api/v1/plans/${planId}/presence/members`,
      maya.token
    )
    assert.deepEqual(
      (await dataOf<{ id: number }[]>(members)).map((m) => m.id),
      [sam.id]
    )

    // left through A, heard on B
    assert.equal(
      (await call('DELETE', `${serverA}/api/v1/plans/${planId}/presence`, sam.token)).status,
      204
    )
    await owner.next((m) => m.payload.event === 'left')
    await viewer.next((m) => m.payload.event === 'count' && m.payload.data.count === 0)
  }).timeout(60_000)

  test('a member whose stream on server B closes leaves the room the owner watches from A', async ({
    assert,
  }) => {
    const planId = await newPlan()
    const owner = await stream(serverA, maya.token)
    assert.equal((await owner.subscribe(`plan-visitors/${planId}`)).status, 204)
    const viewer = await stream(serverB, sam.token)
    assert.equal((await viewer.subscribe(`plan-rooms/${planId}`)).status, 204)
    assert.equal(
      (await call('POST', `${serverA}/api/v1/plans/${planId}/presence`, sam.token)).status,
      200
    )
    await owner.next((m) => m.payload.event === 'joined')

    viewer.close()
    const departure = await owner.next((m) => m.payload.event === 'left')
    assert.equal(departure.payload.data.member.id, sam.id)
    assert.equal(departure.payload.data.count, 0)
  }).timeout(60_000)

  test('a member whose heartbeats stop is announced gone once the TTL has passed since the last one', async ({
    assert,
  }) => {
    const planId = await newPlan()
    const owner = await stream(serverA, maya.token)
    assert.equal((await owner.subscribe(`plan-visitors/${planId}`)).status, 204)

    // Heartbeats through B for longer than the TTL keep noor in the room.
    let lastHeartbeat = 0
    for (let beat = 0; beat < 4; beat++) {
      const sent = Date.now()
      const response = await call('POST', `${serverB}/api/v1/plans/${planId}/presence`, noor.token)
      assert.equal(response.status, 200)
      assert.equal((await dataOf<{ ttlSeconds: number }>(response)).ttlSeconds, TTL_SECONDS)
      lastHeartbeat = sent
      await sleep(TTL_SECONDS * 300)
    }
    const departure = await owner.next((m) => m.payload.event === 'left', 15_000)
    assert.equal(departure.payload.data.member.id, noor.id)
    assert.isAtLeast(Date.parse(departure.payload.sentAt) - lastHeartbeat, TTL_SECONDS * 1000)
    assert.lengthOf(
      owner.received.filter((m) => m.payload.event === 'joined'),
      1,
      'heartbeats are not announced as joins'
    )
    const room = await call('GET', `${serverA}/api/v1/plans/${planId}/presence`, maya.token)
    assert.equal((await dataOf<{ count: number }>(room)).count, 0)
  }).timeout(60_000)
})
