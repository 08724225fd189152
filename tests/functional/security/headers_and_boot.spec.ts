import { test } from '@japa/runner'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { fillParams, registeredRoutes, routeLabel } from '#tests/support/routes'
import { run } from '#tests/support/child_app'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

const SESSION_ENDING = new Set([
  'POST /api/v1/auth/logout',
  'DELETE /api/v1/auth/me',
  'PUT /api/v1/auth/password',
])

test.group('security / headers on every route', (group) => {
  isolate(group)

  test('every route answers with nosniff; with credentials, every answer is no-store', async ({
    client,
    assert,
  }) => {
    const routes = registeredRoutes((route) => !route.pattern.startsWith('/__'))
    assert.isAbove(routes.length, 100)
    const { token } = await actor('admin')
    const failures: string[] = []
    for (const route of routes) {
      const anonymous = await client.request(fillParams(route.pattern, 1), route.method)
      if (anonymous.header('x-content-type-options') !== 'nosniff')
        failures.push(`${routeLabel(route)} anonymous: no nosniff`)
      // Routes that end the session would sign the admin out for the routes after them.
      if (SESSION_ENDING.has(routeLabel(route))) continue
      const signedIn = await client
        .request(fillParams(route.pattern, 1), route.method)
        .bearerToken(token)
      if (signedIn.header('x-content-type-options') !== 'nosniff')
        failures.push(`${routeLabel(route)} signed in: no nosniff`)
      if (signedIn.header('cache-control') !== 'no-store')
        failures.push(
          `${routeLabel(route)} signed in: cache-control ${signedIn.header('cache-control')}`
        )
    }
    assert.deepEqual(failures, [])
  }).timeout(120_000)

  test('token responses are no-store; unknown routes get nosniff too', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('shopper')
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    login.assertStatus(200)
    assert.equal(login.header('cache-control'), 'no-store')
    const refresh = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: login.body().data.tokens.refreshToken })
    assert.equal(refresh.header('cache-control'), 'no-store')
    assert.equal((await client.get('/no/such/route')).header('x-content-type-options'), 'nosniff')
  })

  test('the API reference forbids framing and scripts; the console allows scripts of this server only', async ({
    client,
    assert,
  }) => {
    const reference = await client.get('/api/docs/reference')
    reference.assertStatus(200)
    const policy = reference.header('content-security-policy') ?? ''
    assert.include(policy, "frame-ancestors 'none'")
    assert.include(policy, "default-src 'none'")
    assert.notInclude(policy, 'script-src')
    assert.equal(reference.header('x-frame-options'), 'DENY')

    const apiConsole = await client.get('/api/docs')
    apiConsole.assertStatus(200)
    const consolePolicy = apiConsole.header('content-security-policy') ?? ''
    assert.include(consolePolicy, "frame-ancestors 'none'")
    assert.include(consolePolicy, "script-src 'self';")
    assert.include(consolePolicy, "connect-src 'self'")
    assert.notInclude(consolePolicy, 'unsafe-eval')
    assert.notMatch(consolePolicy, /script-src[^;]*unsafe-inline/)
    assert.equal(apiConsole.header('x-frame-options'), 'DENY')
  })

  test('CORS never reflects the null origin, even where any origin is allowed (development)', async ({
    client,
    assert,
  }) => {
    const fromNull = await client.get('/api/v1/features').header('origin', 'null')
    assert.isUndefined(fromNull.header('access-control-allow-origin'))
    const preflight = await client
      .options('/api/v1/auth/login')
      .header('origin', 'null')
      .header('access-control-request-method', 'POST')
    assert.isUndefined(preflight.header('access-control-allow-origin'))
    const fromApp = await client
      .get('/api/v1/features')
      .header('origin', 'https://app.example.test')
    assert.equal(fromApp.header('access-control-allow-origin'), 'https://app.example.test')
  })
})

test.group('security / production refuses unsafe defaults', (group) => {
  let dir: string
  group.setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'marquee-prod-boot-'))
    return () => rmSync(dir, { recursive: true, force: true })
  })
  const production = (extra: Record<string, string>) => ({
    NODE_ENV: 'production',
    APP_KEY: 'a-production-key-of-32-characters!!',
    APP_URL: 'https://api.example.test',
    CORS_ORIGINS: 'https://app.example.test',
    DB_CONNECTION: 'sqlite',
    SQLITE_FILE: join(dir, 'prod.sqlite3'),
    PORT: '3395',
    ...extra,
  })

  for (const [variable, message] of [
    ['CORS_ORIGINS', /CORS_ORIGINS is required in production/],
    ['APP_URL', /APP_URL is required in production/],
  ] as const) {
    test(`without ${variable} the server does not start, and says why`, async ({ assert }) => {
      const env = production({})
      delete (env as Record<string, string>)[variable]
      const result = await run(['--import=@poppinss/ts-exec', 'bin/server.ts'], env, 30_000)
      assert.notEqual(result.code, 0)
      assert.match(result.output, message)
    }).timeout(60_000)
  }
})
