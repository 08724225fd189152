import { test } from '@japa/runner'
import User from '#models/user'
import SkillPlan from '#models/skill_plan'
import { CACHE_PREFIX } from '#config/cache'
import { REVOCATIONS_CHANNEL } from '#services/identity/session_revocations'
import { actor } from '#tests/support/auth'
import { freePort, sharedServicesEnv, startServer } from '#tests/support/child_app'
import { PrivateRedis } from '#tests/support/private_redis'
import { waitFor } from '#tests/support/wait'

const PASSWORD = 'switching-password-1'
const SWITCH_LINE = /switching cache, rate limits, queues and real-time to Redis/g

/**
 * A development server started while nothing listens on its Redis port runs
 * on memory; once a redis-server starts on that port, the server switches to
 * it by itself: health says so, and the cache, rate limits, queues and pub/sub
 * of that process use the new Redis.
 */
test.group('operations / switching to Redis when it appears', () => {
  test('a development server started without Redis switches to Redis once it answers, without a restart', async ({
    assert,
    cleanup,
  }) => {
    // Committed (no test transaction): the child server reads it.
    const { user, token } = await actor('admin', { password: PASSWORD })
    const creator = await actor('influencer')
    cleanup(async () => {
      await User.query().whereIn('id', [user.id, creator.user.id]).delete()
    })

    const redis = new PrivateRedis(await freePort())
    assert.isFalse(await redis.up(), `something listens on port ${redis.port}`)
    cleanup(() => redis.kill())

    const [port, smtpPort, catcherPort] = [await freePort(), await freePort(), await freePort()]
    const base = `http://127.0.0.1:${port}`
    const prefix = `switch-${process.pid}`
    const server = startServer({
      ...sharedServicesEnv('development'),
      REDIS_HOST: '127.0.0.1',
      REDIS_PORT: String(redis.port),
      REDIS_DB: '0',
      // Its own queues: the suite's in-process worker must not take this server's jobs.
      QUEUE_PREFIX: prefix,
      HOST: '127.0.0.1',
      PORT: String(port),
      SMTP_PORT: String(smtpPort),
      MAIL_CATCHER_PORT: String(catcherPort),
      AUTH_RATE_LIMIT: '1000',
    })
    cleanup(() => server.stop())
    await server.ready

    const call = async (method: string, path: string, body?: unknown, bearer = token) => {
      const res = await fetch(`${base}${path}`, {
        method,
        signal: AbortSignal.timeout(10_000),
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await res.text()
      return { status: res.status, body: text ? JSON.parse(text) : null }
    }
    const task = (id: string) =>
      waitFor(
        async () => (await call('GET', `/api/v1/admin/tasks/${encodeURIComponent(id)}`)).body?.data,
        {
          what: `task ${id} to complete`,
          until: (t) => t?.state === 'completed',
          timeoutMs: 30_000,
          intervalMs: 100,
        }
      )
    const delivered = (to: string) =>
      waitFor(
        async () => {
          const inbox = await fetch(`http://127.0.0.1:${catcherPort}/api/messages`)
          return JSON.stringify(await inbox.json()).includes(to)
        },
        { what: `the e-mail to ${to}`, timeoutMs: 30_000, intervalMs: 100, ignoreErrors: true }
      )
    const sendTestMail = async (to: string) => {
      const queued = await call('POST', '/api/v1/admin/test/mail', { email: to })
      assert.equal(queued.status, 202, JSON.stringify(queued.body))
      return queued.body.data.taskId as string
    }

    // On memory: said once at start, Redis health 503, jobs in this process.
    assert.lengthOf(server.output().match(/WARNING: Redis is not reachable/g) ?? [], 1)
    const down = await call('GET', '/health/redis')
    assert.equal(down.status, 503)
    assert.equal(down.body.errors[0].code, 'E_REDIS_DOWN')
    assert.equal((await call('GET', '/health/ready')).body.data.checks.redis.status, 'memory')
    assert.equal((await call('GET', '/api/v1/admin/health')).body.data.feed.cache.store, 'memory')
    const before = `switch.before.${process.pid}@example.test`
    const inProcess = await sendTestMail(before)
    await task(inProcess)
    await delivered(before)

    await redis.start()
    const up = await waitFor(() => call('GET', '/health/redis'), {
      what: '/health/redis to answer up once Redis runs',
      until: (res) => res.status === 200,
      timeoutMs: 30_000,
      intervalMs: 100,
      ignoreErrors: true,
    })
    assert.equal(up.body.data.status, 'up')
    assert.lengthOf(server.output().match(SWITCH_LINE) ?? [], 1, server.output())
    assert.lengthOf(server.output().match(/WARNING: Redis is not reachable/g) ?? [], 1)
    const ready = await call('GET', '/health/ready')
    assert.equal(ready.body.data.checks.redis.status, 'up')
    assert.equal((await call('GET', '/api/v1/admin/health')).body.data.feed.cache.store, 'redis')

    // A cached read lands in this Redis.
    assert.equal((await call('GET', '/api/v1/influencers?sort=name')).status, 200)
    assert.isNotEmpty(await redis.keys(`${CACHE_PREFIX}:*`), 'cached entries in the new Redis')

    // Rate limits are counted there.
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    })
    assert.equal(login.status, 200)
    assert.isNotEmpty(await redis.keys('marquee:rl*'), 'rate-limit counters in the new Redis')

    // A job goes to BullMQ there, and the development worker started at the switch runs it.
    const after = `switch.after.${process.pid}@example.test`
    const queued = await sendTestMail(after)
    assert.isNotEmpty(await redis.keys(`${prefix}:mail:*`), 'BullMQ keys of the mail queue')
    await task(queued)
    await delivered(after)
    // The job that ran in memory before the switch is still known.
    assert.equal(
      (await call('GET', `/api/v1/admin/tasks/${encodeURIComponent(inProcess)}`)).body.data.state,
      'completed'
    )

    // Presence in a plan's room is kept there.
    const plan = await call(
      'POST',
      '/api/v1/plans',
      {
        title: 'A room that moves to Redis',
        description: 'Presence after the switch',
        category: 'testing',
        difficulty: 'beginner',
        durationDays: 1,
        tasks: [{ day: 1, title: 'Look' }],
      },
      creator.token
    )
    assert.equal(plan.status, 201, JSON.stringify(plan.body))
    cleanup(async () => {
      await SkillPlan.query().where('id', plan.body.data.id).delete()
    })
    const joined = await call('POST', `/api/v1/plans/${plan.body.data.id}/presence`)
    assert.equal(joined.body.data.count, 1)
    assert.isNotEmpty(await redis.keys(`${prefix}:presence:*`), 'presence in the new Redis')

    // Session revocations and real-time broadcasts are relayed through it.
    const channels = await waitFor(
      () => redis.with((client) => client.pubsub('CHANNELS', '*') as Promise<string[]>),
      {
        what: 'the pub/sub subscriptions of the server',
        until: (list) =>
          list.includes(`${REVOCATIONS_CHANNEL}:db0`) && list.some((c) => c.includes('transmit')),
        timeoutMs: 10_000,
        intervalMs: 100,
      }
    )
    assert.include(channels, `${REVOCATIONS_CHANNEL}:db0`)
  }).timeout(120_000)
})
