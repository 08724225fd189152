import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { PrivateRedis } from '#tests/support/private_redis'
import { APP_ROOT, childEnv, freePort, run, startServer } from '#tests/support/child_app'
import { waitFor } from '#tests/support/wait'

/** A redis-server of this spec alone, started and killed by the test (the shared Redis is never touched). */
const privateRedis = new PrivateRedis(6395)
const ADMIN_PASSWORD = 'marquee-admin-2026'
/** Low, so the limit is reached in a few requests while Redis is down. */
const AUTH_RATE_LIMIT = 3

/** One JSON call to the child app, bounded so a request held by a dead Redis fails the test instead of hanging it. */
function api(base: string) {
  return async (method: string, path: string, options: { token?: string; json?: unknown } = {}) => {
    const started = performance.now()
    const res = await fetch(`${base}${path}`, {
      method,
      signal: AbortSignal.timeout(10_000),
      headers: {
        accept: 'application/json',
        ...(options.json ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.json ? JSON.stringify(options.json) : undefined,
    })
    const text = await res.text()
    return {
      status: res.status,
      headers: res.headers,
      body: text ? JSON.parse(text) : null,
      ms: performance.now() - started,
    }
  }
}

/**
 * A development app process on SQLite and a private redis-server that the
 * test kills mid-run and starts again: every request keeps an answer while
 * Redis is gone (served from the database and memory, or a clear 503 where
 * only Redis can do the work), and the app uses Redis again once it is back.
 */
test.group('operations / a Redis outage mid-run', (group) => {
  let dir: string

  const startRedis = () => privateRedis.start()
  const killRedis = () => privateRedis.kill()

  /** The app's environment: development on SQLite (migrated and seeded once), the private Redis. */
  const appEnv = (port: number) => ({
    NODE_ENV: 'development',
    DB_CONNECTION: 'sqlite',
    SQLITE_FILE: join(dir, 'outage.sqlite3'),
    HOST: '127.0.0.1',
    PORT: String(port),
    MAIL_CATCHER: 'false',
    REDIS_PORT: String(privateRedis.port),
    AUTH_RATE_LIMIT: String(AUTH_RATE_LIMIT),
  })

  group.setup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marquee-outage-'))
    for (const args of [
      ['ace.js', 'migration:run', '--force'],
      ['ace.js', 'db:seed'],
    ]) {
      const result = await run(args, appEnv(0), 90_000)
      if (result.code !== 0) throw new Error(`${args.join(' ')} failed:\n${result.output}`)
    }
    return async () => {
      await killRedis()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('requests keep being served while Redis is down, and Redis is used again when it returns', async ({
    assert,
    cleanup,
  }) => {
    assert.isFalse(await privateRedis.up(), `port ${privateRedis.port} is already taken`)
    await startRedis()
    cleanup(killRedis)
    const port = await freePort()
    const server = startServer(appEnv(port))
    cleanup(() => server.stop())
    await server.ready
    const call = api(`http://127.0.0.1:${port}`)
    const login = (email: string, password = DEMO_PASSWORD) =>
      call('POST', '/api/v1/auth/login', { json: { email, password } })

    const before = await login('brand.lumen@marquee.local')
    assert.equal(before.status, 200)
    const brand = before.body.data.tokens.accessToken
    assert.isNotEmpty(
      await privateRedis.keys('marquee:rl*'),
      'rate limits are counted in Redis while it is up'
    )

    await killRedis()

    const health = await call('GET', '/health/redis')
    assert.equal(health.status, 503)
    assert.equal(health.body.errors[0].code, 'E_REDIS_DOWN')
    assert.equal((await call('GET', '/health')).status, 200)
    assert.equal((await call('GET', '/health/db')).status, 200)

    // Throttled auth routes answer from the database, rate limited in this process meanwhile.
    const during = await login('brand.lumen@marquee.local')
    assert.equal(during.status, 200, JSON.stringify(during.body))
    assert.isBelow(during.ms, 3000)
    const me = await call('GET', '/api/v1/auth/me', { token: during.body.data.tokens.accessToken })
    assert.equal(me.status, 200)
    for (let attempt = 1; attempt <= AUTH_RATE_LIMIT; attempt++) {
      assert.equal((await login('creator.maya@marquee.local', 'not-the-password')).status, 401)
    }
    const throttled = await login('creator.maya@marquee.local', 'not-the-password')
    assert.equal(throttled.status, 429)
    assert.equal(throttled.body.errors[0].code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(throttled.headers.get('retry-after')), 0)

    // A signup queues two e-mails: the queue is unreachable, the account is created all the same.
    const signup = await call('POST', '/api/v1/auth/signup', {
      json: {
        email: 'outage.signup@example.test',
        password: 'long-enough-pw',
        fullName: 'Outage Signup',
        role: 'shopper',
      },
    })
    assert.equal(signup.status, 201, JSON.stringify(signup.body))
    assert.isBelow(signup.ms, 5000, 'a signup waited too long for the queue')

    // Reads and writes that need only the database.
    assert.equal(
      (await call('GET', '/api/v1/influencers?niche=beauty', { token: brand })).status,
      200
    )
    const renamed = await call('PATCH', '/api/v1/auth/me', {
      token: brand,
      json: { fullName: 'Lena During Outage' },
    })
    assert.equal(renamed.status, 200)
    const campaign = await call('POST', '/api/v1/campaigns', {
      token: brand,
      json: {
        name: 'Outage launch',
        description: 'Created while Redis is down',
        niche: 'beauty',
        budget: 10_000,
        startDate: '2030-01-01',
        endDate: '2030-02-01',
        visibility: 'public',
      },
    })
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body))

    // A job is recorded in the outbox (202, readable as a waiting task); listing the queues needs Redis: a clear 503.
    const adminLogin = await login('admin@marquee.local', ADMIN_PASSWORD)
    assert.equal(adminLogin.status, 200)
    const admin = adminLogin.body.data.tokens.accessToken
    const mail = await call('POST', '/api/v1/admin/test/mail', {
      token: admin,
      json: { email: 'ops@example.test' },
    })
    assert.equal(mail.status, 202, JSON.stringify(mail.body))
    const recorded = await call(
      'GET',
      `/api/v1/admin/tasks/${encodeURIComponent(mail.body.data.taskId)}`,
      { token: admin }
    )
    assert.equal(recorded.status, 200)
    assert.equal(recorded.body.data.state, 'waiting')
    const tasks = await call('GET', '/api/v1/admin/tasks', { token: admin })
    assert.equal(tasks.status, 503)
    assert.equal(tasks.body.errors[0].code, 'E_QUEUE_UNAVAILABLE')

    await startRedis()

    await waitFor(async () => (await call('GET', '/health/redis')).status === 200, {
      what: '/health/redis to answer 200',
      timeoutMs: 30_000,
      intervalMs: 100,
      ignoreErrors: true,
    })
    // The relay loop moves the e-mail recorded during the outage into the queue.
    await waitFor(
      async () => {
        const listed = await call('GET', '/api/v1/admin/tasks?queue=mail', { token: admin })
        return (
          listed.status === 200 &&
          listed.body.data.some((t: { id: string }) => t.id === mail.body.data.taskId)
        )
      },
      {
        what: 'the e-mail recorded during the outage to reach the queue',
        timeoutMs: 30_000,
        intervalMs: 100,
        ignoreErrors: true,
      }
    )
    // The fresh Redis is empty: a limit key in it shows the limiter went back to Redis.
    await waitFor(
      async () => {
        assert.equal((await login('brand.lumen@marquee.local')).status, 200)
        return (await privateRedis.keys('marquee:rl*')).length > 0
      },
      {
        what: 'rate limits to be counted in Redis again',
        timeoutMs: 30_000,
        intervalMs: 100,
        ignoreErrors: true,
      }
    )

    const output = server.output()
    // An outage is a warning and a line when it ends, not a FATAL stack trace per reconnect attempt.
    assert.notInclude(output, 'Redis connection failure')
    assert.isAtMost((output.match(/Redis connection "main" lost/g) ?? []).length, 1, output)
    assert.lengthOf(output.match(/rate limits: Redis unreachable/g) ?? [], 1, output)
    assert.lengthOf(output.match(/rate limits: Redis is back/g) ?? [], 1, output)
  }).timeout(120_000)

  test('the web process and queue:work stop promptly on SIGTERM while Redis is down', async ({
    assert,
    cleanup,
  }) => {
    assert.isFalse(await privateRedis.up(), `port ${privateRedis.port} is already taken`)
    await startRedis()
    cleanup(killRedis)
    // The development web process runs BullMQ workers too (DEV_WORKER defaults to on).
    const server = startServer(appEnv(await freePort()))
    cleanup(() => server.stop())
    await server.ready
    const worker = spawn(process.execPath, ['ace.js', 'queue:work', '--concurrency', '2'], {
      cwd: APP_ROOT,
      env: childEnv(appEnv(0)),
    })
    let workerOutput = ''
    worker.stdout.on('data', (chunk) => (workerOutput += chunk))
    worker.stderr.on('data', (chunk) => (workerOutput += chunk))
    const workerExited = new Promise<number | null>((resolve) =>
      worker.once('exit', (code) => resolve(code))
    )
    cleanup(() => {
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL')
    })
    await waitFor(async () => /processing queues/.test(workerOutput), {
      what: 'queue:work to start',
      timeoutMs: 30_000,
      intervalMs: 100,
      ignoreErrors: true,
    })

    await killRedis()

    const started = Date.now()
    worker.kill('SIGTERM')
    const stopped = await Promise.all([workerExited, server.stop()])
    assert.isBelow(Date.now() - started, 15_000, 'SIGTERM waited for Redis to come back')
    assert.equal(stopped[0], 0, workerOutput)
    assert.include(workerOutput, 'Redis is unreachable, not waiting for running jobs')
    assert.include(server.output(), 'Redis is unreachable, not waiting for running jobs')
  }).timeout(90_000)
})
