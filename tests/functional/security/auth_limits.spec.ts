import { test } from '@japa/runner'
import type { ApiResponse } from '@japa/api-client'
import { authClientRateLimit, authRateLimit } from '#config/limiter'
import UserTokenService from '#services/identity/user_token_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

const LOGIN = '/api/v1/auth/login'

function assertThrottled(
  assert: {
    equal(a: unknown, b: unknown, m?: string): void
    isAbove(a: number, b: number, m?: string): void
    match(a: string, b: RegExp, m?: string): void
  },
  res: ApiResponse,
  label: string
) {
  assert.equal(res.status(), 429, `${label}: ${res.status()} ${JSON.stringify(res.body())}`)
  const wait = Number(res.header('retry-after'))
  assert.isAbove(wait, 0, label)
  assert.equal(res.body().errors[0].code, 'E_TOO_MANY_REQUESTS', label)
  assert.match(res.body().errors[0].message, /retry in \d+ seconds?/, label)
}

test.group('security / auth rate limits', (group) => {
  isolate(group)

  test('wrong guesses on one account block every spelling of it, on every URL of the route', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('shopper', { email: 'secrlx@gmail.com' })
    for (let i = 0; i < authRateLimit; i++) {
      ;(
        await client.post(LOGIN).json({ email: 'sec.rl.x@gmail.com', password: `wrong-${i}` })
      ).assertStatus(401)
    }
    const variants: [string, string][] = [
      [LOGIN, 'sec.rl.x+1@gmail.com'],
      [LOGIN, 'SEC.RL.X@GMAIL.COM'],
      [LOGIN, 'secrlx@gmail.com'],
      [LOGIN, '  s.e.c.r.l.x+tag@googlemail.com '],
      [`${LOGIN}/`, 'sec.rl.x@gmail.com'],
      [`${LOGIN}/`, 'sec.rl.x+final@googlemail.com'],
    ]
    for (const [path, email] of variants) {
      const res = await client.post(path).json({ email, password: FACTORY_PASSWORD })
      assertThrottled(assert, res, `${path} ${email}`)
    }
    assert.equal(user.email, 'secrlx@gmail.com')
  })

  test('one client spraying many accounts is throttled across accounts', async ({
    client,
    assert,
  }) => {
    const statuses: number[] = []
    for (let i = 0; i < authClientRateLimit + 5; i++) {
      statuses.push(
        (
          await client
            .post(LOGIN)
            .json({ email: `spray${i}@example.com`, password: 'not-the-password' })
        ).status()
      )
    }
    assert.deepEqual(statuses.slice(0, authClientRateLimit), Array(authClientRateLimit).fill(401))
    assert.deepEqual(statuses.slice(authClientRateLimit), Array(5).fill(429))
    assertThrottled(
      assert,
      await client.post(LOGIN).json({ email: 'someone-else@example.com', password: 'x' }),
      'login after spraying'
    )
  })

  test('sign-up, password forgot and reset are throttled per client across accounts too', async ({
    client,
    assert,
  }) => {
    const routes: [string, (i: number) => Record<string, unknown>][] = [
      [
        '/api/v1/auth/signup',
        (i) => ({
          email: `spray-signup${i}@example.com`,
          password: 'x',
          fullName: 'Spray',
          role: 'shopper',
        }),
      ],
      ['/api/v1/auth/password/forgot', (i) => ({ email: `spray-forgot${i}@example.com` })],
      [
        '/api/v1/auth/password/reset',
        (i) => ({ token: `mq_pr_unknown-token-${i}`, password: 'violet-harbour-lantern' }),
      ],
    ]
    for (const [path, body] of routes) {
      for (let i = 0; i < authClientRateLimit; i++) {
        const res = await client.post(path).json(body(i))
        assert.notEqual(res.status(), 429, `${path} #${i}`)
      }
      assertThrottled(assert, await client.post(path).json(body(authClientRateLimit)), path)
    }
  })

  test('verification resend is throttled per member', async ({ client, assert }) => {
    const { token } = await actor('shopper', { emailVerifiedAt: null })
    for (let i = 0; i < authRateLimit; i++) {
      ;(await client.post('/api/v1/auth/verify-email/resend').bearerToken(token)).assertStatus(202)
    }
    assertThrottled(
      assert,
      await client.post('/api/v1/auth/verify-email/resend').bearerToken(token),
      'resend'
    )
  })

  test('refresh is limited per token family: one exhausted login does not lock out another from the same address', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('shopper')
    const first = await client.post(LOGIN).json({ email: user.email, password: FACTORY_PASSWORD })
    const second = await client.post(LOGIN).json({ email: user.email, password: FACTORY_PASSWORD })
    let refreshToken = first.body().data.tokens.refreshToken
    for (let i = 0; i < authRateLimit; i++) {
      const res = await client.post('/api/v1/auth/refresh').json({ refreshToken })
      res.assertStatus(200)
      refreshToken = res.body().data.refreshToken
    }
    assertThrottled(
      assert,
      await client.post('/api/v1/auth/refresh').json({ refreshToken }),
      'refresh of the exhausted family'
    )
    ;(
      await client
        .post('/api/v1/auth/refresh')
        .json({ refreshToken: second.body().data.tokens.refreshToken })
    ).assertStatus(200)
  })

  test('a reset link may be tried AUTH_RATE_LIMIT times a minute', async ({ client, assert }) => {
    const { user } = await actor('shopper')
    const link = await new UserTokenService().create(user.id, 'password_reset')
    for (let i = 0; i < authRateLimit; i++) {
      ;(
        await client.post('/api/v1/auth/password/reset').json({ token: link, password: 'x' })
      ).assertStatus(422)
    }
    assertThrottled(
      assert,
      await client
        .post('/api/v1/auth/password/reset')
        .json({ token: link, password: 'violet-harbour-lantern' }),
      'reset'
    )
  })
})
