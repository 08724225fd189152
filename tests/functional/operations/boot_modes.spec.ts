import type { Assert } from '@japa/assert'
import { test } from '@japa/runner'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import appEnv from '#start/env'
import { run, startServer } from '#tests/support/child_app'
import { smtpSink } from '#tests/support/smtp_sink'
import type { ErrorBody, Json } from '#tests/support/json'
import { waitFor } from '#tests/support/wait'

const DEAD_REDIS_PORT = '6391'

/** These specs start real app processes on the embedded SQLite default. */
test.group('operations / boot modes', (group) => {
  let dir: string
  group.setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'marquee-boot-'))
    return () => rmSync(dir, { recursive: true, force: true })
  })

  test('every migration runs and rolls back on a fresh SQLite file', async ({ assert }) => {
    const env = {
      NODE_ENV: 'development',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'migrations.sqlite3'),
    }
    const up = await run(['ace.js', 'migration:run', '--force', '--no-schema-generate'], env)
    assert.equal(up.code, 0, up.output)
    assert.match(up.output, /migrated/)
    const down = await run(
      ['ace.js', 'migration:rollback', '--batch=0', '--force', '--no-schema-generate'],
      env
    )
    assert.equal(down.code, 0, down.output)
    assert.match(down.output, /reverted/)
  }).timeout(90_000)

  test('in development without Redis the app starts on memory stores and says so', async ({
    assert,
  }) => {
    const file = join(dir, 'dev.sqlite3')
    const env = {
      NODE_ENV: 'development',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: file,
      REDIS_PORT: DEAD_REDIS_PORT,
      PORT: '3391',
      HOST: '127.0.0.1',
    }
    assert.equal((await run(['ace.js', 'migration:run', '--force'], env)).code, 0)
    const server = startServer(env)
    try {
      await server.ready
      assert.lengthOf(server.output().match(/WARNING: Redis is not reachable/g) ?? [], 1)
      const health = await fetch('http://127.0.0.1:3391/health')
      assert.equal(health.status, 200)
      const redis = await fetch('http://127.0.0.1:3391/health/redis')
      assert.equal(redis.status, 503)
      assert.equal(((await redis.json()) as ErrorBody).errors[0].code, 'E_REDIS_DOWN')
      const db = await fetch('http://127.0.0.1:3391/health/db')
      assert.equal(db.status, 200)
      // rate limiting still answers (memory store): a login attempt gets a normal 401, not a 500
      const login = await fetch('http://127.0.0.1:3391/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever-pass' }),
      })
      assert.equal(login.status, 401)
      await exerciseOnSqlite('http://127.0.0.1:3391', assert)
    } finally {
      await server.stop()
    }
  }).timeout(90_000)

  test('in development without Redis, db:seed writes the demo accounts and a queued job runs in the web process: the test e-mail arrives and its task completes', async ({
    assert,
  }) => {
    const env = {
      NODE_ENV: 'development',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'jobs.sqlite3'),
      REDIS_PORT: DEAD_REDIS_PORT,
      PORT: '3394',
      HOST: '127.0.0.1',
      MAIL_CATCHER: 'false',
      SMTP_PORT: String(appEnv.get('SMTP_PORT')),
    }
    const migrated = await run(['ace.js', 'migration:run', '--force'], env, 90_000)
    assert.equal(migrated.code, 0, migrated.output)
    const seeded = await run(['ace.js', 'db:seed'], env, 90_000)
    assert.equal(seeded.code, 0, seeded.output)
    assert.include(seeded.output, 'Demo admin: admin@marquee.local / marquee-admin-2026')
    const server = startServer(env)
    try {
      await server.ready
      const call = async (method: string, path: string, token?: string, body?: unknown) => {
        const res = await fetch(`http://127.0.0.1:3394/api/v1${path}`, {
          method,
          headers: {
            'content-type': 'application/json',
            'accept': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return {
          status: res.status,
          body: res.status === 204 ? null : ((await res.json()) as Json),
        }
      }
      const login = await call('POST', '/auth/login', undefined, {
        email: 'admin@marquee.local',
        password: 'marquee-admin-2026',
      })
      assert.equal(login.status, 200)
      const token = login.body.data.tokens.accessToken
      // db:seed wrote the demo accounts: approved and pending brands, creators and shoppers.
      const users = await call('GET', '/admin/users?perPage=100', token)
      const demo = users.body.data.filter((u: { email: string }) =>
        u.email.endsWith('@marquee.local')
      )
      const roles = demo.map((u: { role: string; status: string }) => `${u.role}:${u.status}`)
      for (const expected of [
        'admin:active',
        'sponsor:active',
        'sponsor:pending',
        'influencer:active',
        'shopper:active',
      ]) {
        assert.include(roles, expected)
      }
      const pending = await call('GET', '/admin/users/pending-sponsors', token)
      assert.include(
        pending.body.data.map((u: { email: string }) => u.email),
        'brand.novabyte@marquee.local'
      )
      const to = `in-process.${Date.now()}@example.test`
      const queued = await call('POST', '/admin/test/mail', token, { email: to })
      assert.equal(queued.status, 202, JSON.stringify(queued.body))
      const { taskId } = queued.body.data

      const mail = await smtpSink.waitFor((m) => m.to.includes(to), 15_000)
      assert.equal(mail.subject, 'Marquee test e-mail')
      const task = await waitFor(
        async () =>
          (await call('GET', `/admin/tasks/${encodeURIComponent(taskId)}`, token)).body.data,
        { until: (t) => t?.state === 'completed', timeoutMs: 15_000 }
      )
      assert.containsSubset(task, {
        queue: 'mail',
        name: 'send_mail',
        result: { to, alreadySent: false },
      })

      // Live plan rooms keep their presence in memory.
      const member = async (email: string) =>
        (await call('POST', '/auth/login', undefined, { email, password: DEMO_PASSWORD })).body.data
      const maya = await member('creator.maya@marquee.local')
      const sam = await member('shopper.sam@marquee.local')
      const plan = await call('POST', '/plans', maya.tokens.accessToken, {
        title: 'A room without Redis',
        description: 'Presence in memory',
        category: 'art',
        difficulty: 'beginner',
        durationDays: 1,
        tasks: [{ day: 1, title: 'Look' }],
      })
      const room = `/plans/${plan.body.data.id}/presence`
      assert.equal((await call('POST', room, sam.tokens.accessToken)).body.data.count, 1)
      assert.equal((await call('GET', room, maya.tokens.accessToken)).body.data.count, 1)
      assert.deepEqual(
        (await call('GET', `${room}/members`, maya.tokens.accessToken)).body.data.map(
          (m: { id: number }) => m.id
        ),
        [sam.user.id]
      )
      assert.equal((await call('DELETE', room, sam.tokens.accessToken)).status, 204)
      assert.equal((await call('GET', room, maya.tokens.accessToken)).body.data.count, 0)
    } finally {
      await server.stop()
    }
  }).timeout(120_000)

  test('in production a missing Redis is a startup error naming the variable', async ({
    assert,
  }) => {
    const env = {
      NODE_ENV: 'production',
      APP_KEY: 'a-production-key-of-32-characters!!',
      APP_URL: 'https://api.example.test',
      CORS_ORIGINS: 'none',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'prod.sqlite3'),
      REDIS_PORT: DEAD_REDIS_PORT,
      PORT: '3392',
    }
    // Production waits up to 15 s for Redis (processes starting together on a loaded machine) before it gives up.
    const result = await run(['--import=@poppinss/ts-exec', 'bin/server.ts'], env, 60_000)
    assert.notEqual(result.code, 0)
    assert.include(result.output, 'REDIS_HOST')
  }).timeout(90_000)

  test('in production a missing APP_KEY is a startup error', async ({ assert }) => {
    const env = {
      NODE_ENV: 'production',
      APP_URL: 'https://api.example.test',
      CORS_ORIGINS: 'none',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'prod.sqlite3'),
      PORT: '3393',
    }
    const result = await run(['--import=@poppinss/ts-exec', 'bin/server.ts'], env, 30_000)
    assert.notEqual(result.code, 0)
    assert.include(result.output, 'APP_KEY')
  }).timeout(60_000)
})

/** A short user journey on the embedded SQLite default: counters and state changes behave as on PostgreSQL. */
async function exerciseOnSqlite(base: string, assert: Assert) {
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'accept': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as Json) }
  }
  const signup = async (email: string, role: string) =>
    (
      await call('POST', '/api/v1/auth/signup', undefined, {
        email,
        password: 'long-enough-pw',
        fullName: email,
        role,
      })
    ).body.data.tokens.accessToken
  const creator = await signup('creator@sqlite.test', 'influencer')
  const fan = await signup('fan@sqlite.test', 'shopper')
  const plan = await call('POST', '/api/v1/plans', creator, {
    title: 'Embedded plan',
    description: 'Runs on SQLite',
    category: 'testing',
    difficulty: 'beginner',
    durationDays: 2,
    tasks: [{ day: 1, title: 'One' }],
  })
  assert.equal(plan.status, 201)
  const id = plan.body.data.id
  assert.equal((await call('POST', `/api/v1/plans/${id}/like`, fan)).status < 300, true)
  await call('POST', `/api/v1/plans/${id}/like`, fan)
  assert.equal((await call('GET', `/api/v1/plans/${id}`, fan)).body.data.likesCount, 1)
  await call('DELETE', `/api/v1/plans/${id}/like`, fan)
  assert.equal((await call('GET', `/api/v1/plans/${id}`, fan)).body.data.likesCount, 0)
  await call('PUT', `/api/v1/plans/${id}/rating`, fan, { score: 4 })
  await call('PUT', `/api/v1/plans/${id}/rating`, fan, { score: 2 })
  const rated = (await call('GET', `/api/v1/plans/${id}`, fan)).body.data
  assert.equal(rated.ratingsCount, 1)
  assert.equal(rated.averageRating, 2)
}
