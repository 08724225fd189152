import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import AuditLog from '#models/audit_log'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { openStream, type Stream } from '#tests/support/sse'
import {
  call,
  login,
  relayConnected,
  type Session,
  startTwoServers,
} from '#tests/support/two_servers'
import type { ErrorBody, Json } from '#tests/support/json'

const post = (url: string, body: unknown, token?: string) => call('POST', url, token, body)

/**
 * Two app processes on one SQLite file and one Redis database: what a
 * subscriber on server A receives must include broadcasts made on server B.
 */
test.group('operations / real-time delivery across servers', (group) => {
  let pair: Awaited<ReturnType<typeof startTwoServers>> | undefined
  let serverA: string
  let serverB: string
  let admin: Session
  let sam: Session
  let noor: Session
  const streams: Stream[] = []

  const stream = async (base: string, token?: string, uid?: string) => {
    const opened = await openStream(base, token, uid)
    streams.push(opened)
    return opened
  }

  const subscribe = (base: string, uid: string, channel: string, token?: string) =>
    post(`${base}/__transmit/subscribe`, { uid, channel }, token)

  const cleanup = async () => {
    // Open streams would hold the servers' graceful shutdown.
    for (const opened of streams.splice(0)) opened.close()
    await pair?.stop()
  }

  group.setup(async () => {
    try {
      pair = await startTwoServers('realtime', {
        REDIS_HOST: '127.0.0.1',
        REDIS_PORT: '6379',
        // Its own Redis database, hence its own relay channel (config/transmit.ts).
        REDIS_DB: '2',
      })
      serverA = pair.a
      serverB = pair.b

      admin = await login(serverA, 'admin@marquee.local', 'marquee-admin-2026')
      sam = await login(serverA, 'shopper.sam@marquee.local', DEMO_PASSWORD)
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

  test('an event broadcast on server B reaches the subscriber streaming from server A', async ({
    assert,
  }) => {
    const events = await stream(serverA, sam.token)
    assert.equal(events.response.status, 200)
    assert.match(events.response.headers.get('content-type') ?? '', /^text\/event-stream/)

    const subscribed = await subscribe(serverA, events.uid, `users/${sam.id}`, sam.token)
    assert.equal(subscribed.status, 204)

    const message = `hello ${randomUUID()}`
    const sent = await post(
      `${serverB}/api/v1/admin/test/broadcast`,
      { userId: sam.id, message },
      admin.token
    )
    assert.equal(sent.status, 202)
    const body = (await sent.json()) as Json
    assert.equal(body.data.channel, `users/${sam.id}`)
    assert.equal(body.data.event, 'test')

    const received = await events.next(
      (m) => m.payload?.event === 'test' && m.payload?.data?.message === message
    )
    assert.equal(received.channel, `users/${sam.id}`)
    assert.deepEqual(received.payload, {
      event: 'test',
      data: { message },
      sentAt: body.data.sentAt,
    })
    assert.isFalse(Number.isNaN(Date.parse(received.payload.sentAt)))
  }).timeout(30_000)

  test('an account cannot subscribe to the private channel of another, admins included', async ({
    assert,
  }) => {
    const samEvents = await stream(serverA, sam.token)
    const refused = await subscribe(serverA, samEvents.uid, `users/${noor.id}`, sam.token)
    assert.equal(refused.status, 403)
    assert.equal(((await refused.json()) as ErrorBody).errors[0].code, 'E_CHANNEL_FORBIDDEN')

    const adminEvents = await stream(serverA, admin.token)
    const adminRefused = await subscribe(serverA, adminEvents.uid, `users/${sam.id}`, admin.token)
    assert.equal(adminRefused.status, 403)
    assert.equal(
      (await subscribe(serverA, adminEvents.uid, `users/${admin.id}`, admin.token)).status,
      204
    )
  })

  test('anonymous clients can neither open a stream nor subscribe', async ({ assert }) => {
    const anonymous = await stream(serverA)
    assert.equal(anonymous.response.status, 401)
    assert.equal(((await anonymous.response.json()) as ErrorBody).errors[0].code, 'E_UNAUTHORIZED')

    const samEvents = await stream(serverA, sam.token)
    const refused = await subscribe(serverA, samEvents.uid, `users/${sam.id}`)
    assert.equal(refused.status, 401)
  })

  test('a stream takes subscriptions only from its account, and only to authorized channel types', async ({
    assert,
  }) => {
    const samEvents = await stream(serverA, sam.token)

    const hijack = await subscribe(serverA, samEvents.uid, `users/${noor.id}`, noor.token)
    assert.equal(hijack.status, 403)
    assert.equal(((await hijack.json()) as ErrorBody).errors[0].code, 'E_STREAM_FORBIDDEN')

    const takeover = await stream(serverA, noor.token, samEvents.uid)
    assert.equal(takeover.response.status, 409)

    const unregistered = await subscribe(serverA, samEvents.uid, 'conversations/1', sam.token)
    assert.equal(unregistered.status, 403)

    // subscriptions live with the stream: server B does not hold this one
    const elsewhere = await subscribe(serverB, samEvents.uid, `users/${sam.id}`, sam.token)
    assert.equal(elsewhere.status, 404)
    assert.equal(((await elsewhere.json()) as ErrorBody).errors[0].code, 'E_STREAM_NOT_FOUND')

    const malformed = await subscribe(serverA, samEvents.uid, '../users', sam.token)
    assert.equal(malformed.status, 422)
    assert.equal(((await malformed.json()) as ErrorBody).errors[0].field, 'channel')
  })
})

test.group('admin / test broadcast', (group) => {
  isolate(group)
  const ENDPOINT = '/api/v1/admin/test/broadcast'

  test('sends the event to the account and records it in the audit log', async ({
    client,
    assert,
  }) => {
    const { user: admin, token } = await actor('admin')
    const { user } = await actor('shopper')

    const response = await client
      .post(ENDPOINT)
      .bearerToken(token)
      .json({ userId: user.id, message: '  ping  ' })
    response.assertStatus(202)
    assert.equal(response.body().data.channel, `users/${user.id}`)
    assert.equal(response.body().data.event, 'test')
    assert.isString(response.body().data.sentAt)

    const entry = await AuditLog.query()
      .where('action', 'realtime.test_broadcast')
      .where('target_id', String(user.id))
      .firstOrFail()
    assert.equal(entry.actorId, admin.id)
  })

  test('answers 404 for an unknown account and 422 for an invalid body', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')

    const unknown = await client
      .post(ENDPOINT)
      .bearerToken(token)
      .json({ userId: 987654321, message: 'hi' })
    unknown.assertStatus(404)
    assert.equal(unknown.body().errors[0].code, 'E_NOT_FOUND')

    const invalid = await client
      .post(ENDPOINT)
      .bearerToken(token)
      .json({ userId: 'me', message: '   ' })
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['userId', 'message']
    )
  })

  test('is for admins only', async ({ client }) => {
    const { user, token } = await actor('influencer')
    ;(
      await client.post(ENDPOINT).bearerToken(token).json({ userId: user.id, message: 'hi' })
    ).assertStatus(403)
    ;(await client.post(ENDPOINT).json({ userId: user.id, message: 'hi' })).assertStatus(401)
  })
})
