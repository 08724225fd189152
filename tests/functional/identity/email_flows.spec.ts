import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import User from '#models/user'
import UserToken from '#models/user_token'
import UserTokenService from '#services/identity/user_token_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import { mailSettled } from '#tests/support/mail_settled'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { sqlTime } from '#platform/db/time'

const codeIn = (raw: string, prefix: string) => new RegExp(`${prefix}[\\w-]+`).exec(raw)![0]

test.group('identity / e-mail verification', (group) => {
  isolate(group)

  test('the mailed code verifies the address once', async ({ client, assert }) => {
    const { user, token } = await actor('shopper', { emailVerifiedAt: null })
    const sent = await client.post('/api/v1/auth/verify-email/resend').bearerToken(token)
    sent.assertStatus(202)
    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(user.email) && /Confirm/.test(m.subject)
    )
    assert.include(mail.raw, '<a href=')
    const code = codeIn(mail.raw, 'mq_ve_')

    const verified = await client.post('/api/v1/auth/verify-email').json({ token: code })
    verified.assertStatus(200)
    assert.isTrue(verified.body().data.emailVerified)
    assert.isNotNull((await User.findOrFail(user.id)).emailVerifiedAt)

    const again = await client.post('/api/v1/auth/verify-email').json({ token: code })
    again.assertStatus(422)
    again.assertBodyContains({ errors: [{ code: 'E_INVALID_TOKEN', field: 'token' }] })
    ;(await client.post('/api/v1/auth/verify-email/resend').bearerToken(token)).assertStatus(409)
  })
})

test.group('identity / password reset', (group) => {
  isolate(group)

  test('a reset link sets a new password once and revokes sessions', async ({ client, assert }) => {
    const { user, token } = await actor('influencer')
    const asked = await client
      .post('/api/v1/auth/password/forgot')
      .json({ email: user.email.toUpperCase() })
    asked.assertStatus(202)
    const mail = await smtpSink.waitFor((m) => m.to.includes(user.email) && /Reset/.test(m.subject))
    const code = codeIn(mail.raw, 'mq_pr_')

    const reset = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: code, password: 'fresh-password-9' })
    reset.assertStatus(204)
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(401)
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: FACTORY_PASSWORD })
    ).assertStatus(401)
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: 'fresh-password-9' })
    ).assertStatus(200)

    const replay = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: code, password: 'another-password' })
    replay.assertStatus(422)
    assert.equal(replay.body().errors[0].code, 'E_INVALID_TOKEN')
  })

  test('an unknown address gets the same 202 and no e-mail', async ({ client, assert }) => {
    const res = await client
      .post('/api/v1/auth/password/forgot')
      .json({ email: 'nobody-here@example.com' })
    res.assertStatus(202)
    await mailSettled()
    assert.lengthOf(smtpSink.to('nobody-here@example.com'), 0)
  })
})

test.group('identity / link expiry', (group) => {
  isolate(group)

  const expire = (userId: number) =>
    UserToken.query()
      .where('user_id', userId)
      .update({ expires_at: sqlTime(DateTime.utc().minus({ minutes: 1 })) })

  test('an expired verification or reset link is refused and changes nothing', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('influencer', { emailVerifiedAt: null })
    const tokens = await app.container.make(UserTokenService)
    const verify = await tokens.create(user.id, 'verify_email')
    const reset = await tokens.create(user.id, 'password_reset')
    await expire(user.id)

    const verified = await client.post('/api/v1/auth/verify-email').json({ token: verify })
    verified.assertStatus(422)
    verified.assertBodyContains({ errors: [{ code: 'E_INVALID_TOKEN', field: 'token' }] })
    const changed = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: reset, password: 'fresh-password-9' })
    changed.assertStatus(422)
    changed.assertBodyContains({ errors: [{ code: 'E_INVALID_TOKEN', field: 'token' }] })

    assert.isNull((await User.findOrFail(user.id)).emailVerifiedAt)
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: FACTORY_PASSWORD })
    ).assertStatus(200)
  })

  test('a newer link voids the older one', async ({ client }) => {
    const { user } = await actor('shopper')
    const tokens = await app.container.make(UserTokenService)
    const older = await tokens.create(user.id, 'password_reset')
    const newer = await tokens.create(user.id, 'password_reset')
    ;(
      await client
        .post('/api/v1/auth/password/reset')
        .json({ token: older, password: 'fresh-password-9' })
    ).assertStatus(422)
    ;(
      await client
        .post('/api/v1/auth/password/reset')
        .json({ token: newer, password: 'fresh-password-9' })
    ).assertStatus(204)
  })
})
