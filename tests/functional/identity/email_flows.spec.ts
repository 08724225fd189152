import { test } from '@japa/runner'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

const codeIn = (raw: string, prefix: string) => new RegExp(`${prefix}[\\w-]+`).exec(raw)![0]

test.group('identity / e-mail verification', (group) => {
  isolate(group)

  test('the mailed code verifies the address once', async ({ client, assert }) => {
    const { user, token } = await actor('shopper', { emailVerifiedAt: null })
    const sent = await client.post('/api/v1/auth/verify-email/resend').bearerToken(token)
    sent.assertStatus(202)
    const mail = await smtpSink.waitFor((m) => m.to.includes(user.email) && /Confirm/.test(m.subject))
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
    const asked = await client.post('/api/v1/auth/password/forgot').json({ email: user.email.toUpperCase() })
    asked.assertStatus(202)
    const mail = await smtpSink.waitFor((m) => m.to.includes(user.email) && /Reset/.test(m.subject))
    const code = codeIn(mail.raw, 'mq_pr_')

    const reset = await client.post('/api/v1/auth/password/reset').json({ token: code, password: 'fresh-password-9' })
    reset.assertStatus(204)
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(401)
    ;(await client.post('/api/v1/auth/login').json({ email: user.email, password: FACTORY_PASSWORD })).assertStatus(401)
    ;(await client.post('/api/v1/auth/login').json({ email: user.email, password: 'fresh-password-9' })).assertStatus(200)

    const replay = await client.post('/api/v1/auth/password/reset').json({ token: code, password: 'another-password' })
    replay.assertStatus(422)
    assert.equal(replay.body().errors[0].code, 'E_INVALID_TOKEN')
  })

  test('an unknown address gets the same 202 and no e-mail', async ({ client, assert }) => {
    const res = await client.post('/api/v1/auth/password/forgot').json({ email: 'nobody-here@example.com' })
    res.assertStatus(202)
    assert.lengthOf(smtpSink.to('nobody-here@example.com'), 0)
  })
})
