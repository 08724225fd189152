import { test } from '@japa/runner'
import User from '#models/user'
import UserTokenService from '#services/identity/user_token_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

const signup = (email: string, password: string) => ({
  email,
  password,
  fullName: 'Pat Doe',
  role: 'shopper',
})

test.group('security / password rule', (group) => {
  isolate(group)

  const refused: [string, string, RegExp][] = [
    ['a breached favourite', 'password1', /commonly used passwords/],
    ['a common one in capitals', 'QWERTYUIOP', /commonly used passwords/],
    ['one character eight times', 'aaaaaaaa', /too few different characters/],
    ['a two-character pattern', 'abababababab', /too few different characters/],
    ['the e-mail local part inside', 'x-pat.doe-2026', /e-mail address/],
    ['the local part without its dots', 'patdoe!secret', /e-mail address/],
  ]
  for (const [label, password, message] of refused) {
    test(`signup refuses ${label} with a 422 on password`, async ({ client, assert }) => {
      const res = await client
        .post('/api/v1/auth/signup')
        .json(signup('pat.doe+shop@example.com', password))
      res.assertStatus(422)
      const error = res.body().errors.find((e: { field: string }) => e.field === 'password')
      assert.match(error.message, message)
      assert.isNull(await User.findBy('email', 'pat.doe+shop@example.com'))
    })
  }

  test('a long, uncommon password passes', async ({ client }) => {
    ;(
      await client
        .post('/api/v1/auth/signup')
        .json(signup('pat.doe@example.com', 'violet-harbour-lantern'))
    ).assertStatus(201)
  })

  test('changing to a password containing the own e-mail is refused, the old one keeps working', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('shopper', { email: 'jo.smith@example.com' })
    const res = await client
      .put('/api/v1/auth/password')
      .bearerToken(token)
      .json({ currentPassword: FACTORY_PASSWORD, newPassword: 'JoSmith-forever' })
    res.assertStatus(422)
    res.assertBodyContains({ errors: [{ field: 'newPassword' }] })
    assert.match(res.body().errors[0].message, /e-mail address/)
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: FACTORY_PASSWORD })
    ).assertStatus(200)
  })

  test('a reset to a refused password keeps the link usable', async ({ client }) => {
    const { user } = await actor('shopper', { email: 'kim.lee@example.com' })
    const link = await new UserTokenService().create(user.id, 'password_reset')
    const weak = await client
      .post('/api/v1/auth/password/reset')
      .json({ token: link, password: 'kimlee-2026!' })
    weak.assertStatus(422)
    weak.assertBodyContains({ errors: [{ field: 'password' }] })
    ;(
      await client
        .post('/api/v1/auth/password/reset')
        .json({ token: link, password: 'amber-quartz-meadow' })
    ).assertStatus(204)
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: 'amber-quartz-meadow' })
    ).assertStatus(200)
  })

  test('a reset to a common password is refused by the validator', async ({ client }) => {
    const { user } = await actor('shopper')
    const link = await new UserTokenService().create(user.id, 'password_reset')
    ;(
      await client.post('/api/v1/auth/password/reset').json({ token: link, password: 'iloveyou2' })
    ).assertStatus(422)
  })
})
