import { test } from '@japa/runner'
import env from '#start/env'
import { freePort, startServer } from '#tests/support/child_app'
import { onSqlite } from '#tests/support/database'
import type { Json } from '#tests/support/json'

/** Nothing listens here: the database of the server started below is down. */
const DEAD_DATABASE_PORT = '5499'

test.group('operations / health', () => {
  test('liveness, database and Redis checks answer with the envelope', async ({
    client,
    assert,
  }) => {
    const live = await client.get('/health')
    live.assertStatus(200)
    assert.equal(live.body().data.status, 'ok')

    const database = await client.get('/health/db')
    database.assertStatus(200)
    assert.equal(database.body().data.details.dialect, onSqlite() ? 'better-sqlite3' : 'postgres')

    const redis = await client.get('/health/redis')
    redis.assertStatus(200)
    assert.equal(redis.body().data.status, 'up')
  })

  test('responses carry a request id', async ({ client, assert }) => {
    const res = await client.get('/health')
    assert.match(res.header('x-request-id') ?? '', /^[\w-]{8,}$/)
  })

  test('unknown routes get 404 in the error shape', async ({ client }) => {
    const res = await client.get('/api/v1/does-not-exist')
    res.assertStatus(404)
    res.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
  })
})

test.group('operations / CORS', () => {
  test('a preflight from a browser origin is answered with the allowed methods and exposed headers', async ({
    client,
    assert,
  }) => {
    const res = await client
      .options('/api/v1/auth/login')
      .header('origin', 'https://app.example.test')
      .header('access-control-request-method', 'POST')
      .header('access-control-request-headers', 'content-type,authorization')
    res.assertStatus(204)
    assert.equal(res.header('access-control-allow-origin'), 'https://app.example.test')
    assert.include(res.header('access-control-allow-methods') ?? '', 'POST')
    assert.include(
      (res.header('access-control-allow-headers') ?? '').toLowerCase(),
      'authorization'
    )

    const actual = await client.get('/health').header('origin', 'https://app.example.test')
    actual.assertStatus(200)
    assert.equal(actual.header('access-control-allow-origin'), 'https://app.example.test')
    assert.include(actual.header('access-control-expose-headers') ?? '', 'x-request-id')
    assert.include(actual.header('access-control-expose-headers') ?? '', 'retry-after')
  })
})

test.group('operations / health with the database down', () => {
  test('/health/db answers 503 E_DATABASE_DOWN while /health and /health/redis stay up; each request is one JSON log line with its id', async ({
    assert,
    cleanup,
  }) => {
    const port = await freePort()
    const server = startServer({
      NODE_ENV: 'production',
      APP_KEY: 'a-production-key-of-32-characters!!',
      APP_URL: 'https://api.example.test',
      CORS_ORIGINS: 'none',
      HOST: '127.0.0.1',
      PORT: String(port),
      DB_CONNECTION: 'postgres',
      DB_HOST: '127.0.0.1',
      DB_PORT: DEAD_DATABASE_PORT,
      DB_USER: 'postgres',
      DB_DATABASE: 'marquee_unreachable',
      REDIS_HOST: env.get('REDIS_HOST', '127.0.0.1'),
      REDIS_PORT: String(env.get('REDIS_PORT', 6379)),
      REDIS_DB: String(env.get('REDIS_DB', 0)),
      QUEUE_PREFIX: env.get('QUEUE_PREFIX', 'marquee'),
    })
    cleanup(() => server.stop())
    await server.ready
    const get = (path: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(10_000),
      })

    const database = await get('/health/db')
    assert.equal(database.status, 503)
    const body = (await database.json()) as Json
    assert.equal(body.errors[0].code, 'E_DATABASE_DOWN')
    assert.match(body.errors[0].message, /^Database is unreachable/)
    assert.equal((await get('/health')).status, 200)
    const redis = await get('/health/redis')
    assert.equal(redis.status, 200)

    const requestId = database.headers.get('x-request-id')
    assert.isString(requestId)
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
    const logged = lines.find((line) => line.msg === 'request' && line.url === '/health/db')
    assert.containsSubset(logged, { requestId, method: 'GET', url: '/health/db', status: 503 })
    assert.isNumber(logged.durationMs)
  }).timeout(60_000)
})

test.group('operations / readiness', () => {
  test('/health/live answers while the process runs; /health/ready reports database, Redis, queue backlog and scheduler', async ({
    client,
    assert,
  }) => {
    const live = await client.get('/health/live')
    live.assertStatus(200)
    assert.equal(live.body().data.status, 'ok')

    const ready = await client.get('/health/ready')
    ready.assertStatus(200)
    const { ready: isReady, checks } = ready.body().data
    assert.isTrue(isReady)
    assert.equal(checks.database.status, 'up')
    assert.equal(checks.redis.status, 'up')
    assert.oneOf(checks.queues.status, ['ok', 'backlog'])
    assert.isAtLeast(checks.queues.outboxPending, 0)
    assert.oneOf(checks.scheduler.status, ['ok', 'missing'])
  })
})
