import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { smtpSink } from '#tests/support/smtp_sink'
import { actor } from '#tests/support/auth'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import type { ErrorBody } from '#tests/support/json'

const signup = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  password: 'long-enough-pw',
  fullName: 'Test Person',
  role: 'influencer',
  ...extra,
})

test.group('identity / signup', (group) => {
  isolate(group)

  test('an influencer signs up, gets tokens and a verification e-mail', async ({
    client,
    assert,
  }) => {
    const res = await client.post('/api/v1/auth/signup').json(
      signup('New.Person@Example.com', {
        influencerProfile: { niche: 'tech', platforms: ['youtube'], reach: 1200 },
      })
    )
    res.assertStatus(201)
    const body = res.body()
    assert.equal(body.data.user.email, 'new.person@example.com')
    assert.equal(body.data.user.role, 'influencer')
    assert.equal(body.data.user.status, 'active')
    assert.isFalse(body.data.user.emailVerified)
    assert.deepEqual(body.data.user.influencerProfile.platforms, ['youtube'])
    assert.match(body.data.tokens.accessToken, /^mq_at_/)
    assert.match(body.data.tokens.refreshToken, /^mq_rt_/)
    assert.notProperty(body.data.user, 'password')

    const mail = await smtpSink.waitFor(
      (m) => m.to.includes('new.person@example.com') && /Confirm/.test(m.subject)
    )
    assert.match(mail.raw, /mq_ve_[\w-]+/)
  })

  test('signup with role admin is refused and creates nothing', async ({ client, assert }) => {
    const res = await client
      .post('/api/v1/auth/signup')
      .json(signup('wannabe@example.com', { role: 'admin' }))
    res.assertStatus(422)
    assert.equal(res.body().errors[0].field, 'role')
    assert.isNull(await User.findBy('email', 'wannabe@example.com'))
  })

  test('status, role escalation and other mass-assigned fields are refused as unknown fields; no account is made', async ({
    client,
    assert,
  }) => {
    const res = await client.post('/api/v1/auth/signup').json(
      signup('brand@example.com', {
        role: 'sponsor',
        status: 'active',
        blockedAt: null,
        emailVerifiedAt: '2020-01-01',
        id: 1,
        sponsorProfile: { companyName: 'Acme' },
      })
    )
    res.assertStatus(422)
    assert.deepEqual(res.body().errors, [
      {
        code: 'E_UNKNOWN_FIELD',
        message: 'Unknown field "status": this endpoint does not take it',
        field: 'status',
      },
    ])
    assert.isNull(await User.findBy('email', 'brand@example.com'))

    const brand = await client
      .post('/api/v1/auth/signup')
      .json(
        signup('brand@example.com', { role: 'sponsor', sponsorProfile: { companyName: 'Acme' } })
      )
    brand.assertStatus(201)
    const user = await User.findByOrFail('email', 'brand@example.com')
    assert.equal(user.status, 'pending')
    assert.isNull(user.emailVerifiedAt)
  })

  test('a brand must give a company name', async ({ client }) => {
    const res = await client
      .post('/api/v1/auth/signup')
      .json(signup('nocompany@example.com', { role: 'sponsor' }))
    res.assertStatus(422)
    res.assertBodyContains({ errors: [{ field: 'sponsorProfile.companyName' }] })
  })

  test('bad bodies get 422 in the error shape', async ({ client, assert }) => {
    const res = await client
      .post('/api/v1/auth/signup')
      .json({ email: 'not-an-email', password: 3, fullName: ['x'], role: 'shopper' })
    res.assertStatus(422)
    const fields = res
      .body()
      .errors.map((e: { field: string }) => e.field)
      .sort()
    assert.deepEqual(fields, ['email', 'fullName', 'password'])
    for (const error of res.body().errors) {
      assert.equal(error.code, 'E_VALIDATION_ERROR')
      assert.isString(error.message)
    }
  })

  test('malformed JSON gets 400 and an oversized body 413, in the error shape', async ({
    assert,
  }) => {
    const url = `http://${process.env.HOST}:${process.env.PORT}/api/v1/auth/login`
    const headers = { 'content-type': 'application/json', 'accept': 'application/json' }
    const broken = await fetch(url, { method: 'POST', headers, body: '{"email":' })
    assert.equal(broken.status, 400)
    assert.equal(((await broken.json()) as ErrorBody).errors[0].code, 'E_BAD_REQUEST')

    const huge = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: 'x'.repeat(2_000_000) }),
    })
    assert.equal(huge.status, 413)
    assert.equal(((await huge.json()) as ErrorBody).errors[0].code, 'E_PAYLOAD_TOO_LARGE')
  })

  test('a duplicate e-mail gets 409', async ({ client }) => {
    await actor('shopper', { email: 'taken@example.com' })
    const res = await client.post('/api/v1/auth/signup').json(signup('TAKEN@example.com'))
    res.assertStatus(409)
    res.assertBodyContains({ errors: [{ code: 'E_EMAIL_TAKEN', field: 'email' }] })
  })

  test('signup is refused with a clear 403 when ENABLE_REGISTRATION is off', async ({
    client,
    assert,
    cleanup,
  }) => {
    app.config.set('features.registration', false)
    cleanup(() => app.config.set('features.registration', true))
    for (const body of [signup('closed@example.com'), {}]) {
      const res = await client.post('/api/v1/auth/signup').json(body)
      res.assertStatus(403)
      assert.equal(res.body().errors[0].code, 'E_FEATURE_DISABLED')
      assert.match(res.body().errors[0].message, /ENABLE_REGISTRATION/)
    }
    const flags = await client.get('/api/v1/features')
    assert.isFalse(flags.body().data.registration)
  })
})

test.group('identity / login', (group) => {
  isolate(group)

  test('logs in with the right password, not with a wrong one', async ({ client, assert }) => {
    const { user } = await actor('shopper')
    const ok = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    ok.assertStatus(200)
    assert.equal(ok.body().data.user.id, user.id)
    const me = await client.get('/api/v1/auth/me').bearerToken(ok.body().data.tokens.accessToken)
    me.assertStatus(200)
    assert.equal(me.body().data.email, user.email)

    const bad = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: 'wrong-password' })
    bad.assertStatus(401)
    bad.assertBodyContains({ errors: [{ code: 'E_INVALID_CREDENTIALS' }] })
  })

  test('a blocked user cannot log in', async ({ client }) => {
    const { user } = await actor('influencer')
    await user.merge({ blockedAt: user.createdAt }).save()
    const res = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    res.assertStatus(403)
    res.assertBodyContains({ errors: [{ code: 'E_ACCOUNT_BLOCKED' }] })
  })

  test('login is rate limited with 429 and Retry-After', async ({ client, assert }) => {
    const { user } = await actor('shopper')
    let last
    for (let i = 0; i < 11; i++) {
      last = await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: 'wrong-password' })
    }
    last!.assertStatus(429)
    assert.equal(last!.body().errors[0].code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(last!.header('retry-after')), 0)
  })

  test('signup, refresh and the password endpoints are rate limited too', async ({
    client,
    assert,
  }) => {
    const bodies: Record<string, Record<string, unknown>> = {
      'signup': signup('limited@example.com', { password: 'x' }),
      'refresh': { refreshToken: 'mq_rt_MQ.unknown' },
      'password/forgot': { email: 'limited@example.com' },
      'password/reset': { token: 'mq_pr_unknown', password: 'long-enough-pw' },
    }
    for (const [path, body] of Object.entries(bodies)) {
      let last
      for (let i = 0; i < 11; i++) last = await client.post(`/api/v1/auth/${path}`).json(body)
      assert.equal(last!.status(), 429, path)
      assert.isAbove(Number(last!.header('retry-after')), 0, path)
    }
  })

  test('requests without a valid token get 401', async ({ client }) => {
    const none = await client.get('/api/v1/auth/me')
    none.assertStatus(401)
    none.assertBodyContains({ errors: [{ code: 'E_UNAUTHORIZED' }] })
    const forged = await client.get('/api/v1/auth/me').bearerToken('mq_at_MQ.forged')
    forged.assertStatus(401)
  })
})
