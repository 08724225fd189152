import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { sqlNow, sqlTime } from '#platform/db/time'
import { verifiedTokens } from '#services/identity/verified_tokens'

test.group('identity / refresh tokens', (group) => {
  isolate(group)

  test('refresh rotates the pair; the new access token works', async ({ client, assert }) => {
    const { tokens } = await actor('shopper')
    const res = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    res.assertStatus(200)
    const next = res.body().data
    assert.notEqual(next.refreshToken, tokens.refreshToken)
    assert.notEqual(next.accessToken, tokens.accessToken)
    ;(await client.get('/api/v1/auth/me').bearerToken(next.accessToken)).assertStatus(200)
  })

  test('a reused refresh token revokes the whole family', async ({ client, assert }) => {
    const { user, tokens } = await actor('influencer')
    const other = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    const first = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    const second = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: first.body().data.refreshToken })
    second.assertStatus(200)

    const replay = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    replay.assertStatus(401)
    assert.equal(replay.body().errors[0].code, 'E_REFRESH_TOKEN_REUSED')

    // every token of that family is dead: access tokens and the latest refresh token
    ;(await client.get('/api/v1/auth/me').bearerToken(tokens.accessToken)).assertStatus(401)
    ;(await client.get('/api/v1/auth/me').bearerToken(second.body().data.accessToken)).assertStatus(
      401
    )
    ;(
      await client
        .post('/api/v1/auth/refresh')
        .json({ refreshToken: second.body().data.refreshToken })
    ).assertStatus(401)

    // another login (another family) is untouched
    ;(
      await client.get('/api/v1/auth/me').bearerToken(other.body().data.tokens.accessToken)
    ).assertStatus(200)
  })

  test('unknown and expired refresh tokens get 401', async ({ client }) => {
    const { tokens } = await actor('shopper')
    const unknown = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: 'mq_rt_not-a-real-token' })
    unknown.assertStatus(401)
    unknown.assertBodyContains({ errors: [{ code: 'E_INVALID_REFRESH_TOKEN' }] })
    await db.from('refresh_tokens').update({ expires_at: sqlTime(new Date(Date.now() - 1000)) })
    const expired = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    expired.assertStatus(401)
    expired.assertBodyContains({ errors: [{ code: 'E_REFRESH_TOKEN_EXPIRED' }] })
  })

  test('an expired access token gets 401', async ({ client }) => {
    const { token } = await actor('shopper')
    await db.from('auth_access_tokens').update({ expires_at: sqlTime(new Date(Date.now() - 1000)) })
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(401)
  })

  test('logout revokes the access token and its refresh token', async ({ client }) => {
    const { tokens } = await actor('shopper')
    const out = await client.post('/api/v1/auth/logout').bearerToken(tokens.accessToken).json({})
    out.assertStatus(204)
    ;(await client.get('/api/v1/auth/me').bearerToken(tokens.accessToken)).assertStatus(401)
    ;(
      await client.post('/api/v1/auth/refresh').json({ refreshToken: tokens.refreshToken })
    ).assertStatus(401)
  })

  test('a refresh token revoked by logout says so; only a rotated token replayed is reuse', async ({
    client,
    assert,
  }) => {
    const { tokens } = await actor('shopper')
    ;(
      await client.post('/api/v1/auth/logout').bearerToken(tokens.accessToken).json({})
    ).assertStatus(204)
    const revoked = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    revoked.assertStatus(401)
    assert.deepEqual(revoked.body().errors, [
      {
        code: 'E_REFRESH_TOKEN_REVOKED',
        message: 'This refresh token was revoked by logout: log in again',
      },
    ])

    const rotated = await actor('shopper')
    ;(
      await client.post('/api/v1/auth/refresh').json({ refreshToken: rotated.tokens.refreshToken })
    ).assertStatus(200)
    const replay = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: rotated.tokens.refreshToken })
    replay.assertStatus(401)
    assert.equal(replay.body().errors[0].code, 'E_REFRESH_TOKEN_REUSED')
  })

  test('changing the password revokes the other sessions: their refresh says why', async ({
    client,
    assert,
  }) => {
    const { user, tokens } = await actor('influencer')
    const other = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    const changed = await client
      .put('/api/v1/auth/password')
      .bearerToken(tokens.accessToken)
      .json({ currentPassword: FACTORY_PASSWORD, newPassword: 'quartz-lantern-meadow-42' })
    changed.assertStatus(204)
    const res = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: other.body().data.tokens.refreshToken })
    res.assertStatus(401)
    assert.deepEqual(res.body().errors, [
      {
        code: 'E_REFRESH_TOKEN_REVOKED',
        message: 'This refresh token was revoked when the password changed: log in again',
      },
    ])
    ;(
      await client.post('/api/v1/auth/refresh').json({ refreshToken: tokens.refreshToken })
    ).assertStatus(200)
  })

  test('a blocked member’s refresh answers E_ACCOUNT_BLOCKED; once unblocked the old token is revoked, not reused', async ({
    client,
    assert,
  }) => {
    const { user, tokens } = await actor('influencer')
    const admin = await actor('admin')
    ;(
      await client
        .post(`/api/v1/admin/users/${user.id}/block`)
        .bearerToken(admin.token)
        .json({ reason: 'Spam reports' })
    ).assertStatus(200)
    const blocked = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    blocked.assertStatus(401)
    assert.deepEqual(blocked.body().errors, [
      { code: 'E_ACCOUNT_BLOCKED', message: 'This account is blocked' },
    ])

    ;(
      await client.post(`/api/v1/admin/users/${user.id}/unblock`).bearerToken(admin.token).json({})
    ).assertStatus(200)
    const after = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    after.assertStatus(401)
    assert.equal(after.body().errors[0].code, 'E_REFRESH_TOKEN_REVOKED')
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: FACTORY_PASSWORD })
    ).assertStatus(200)
  })

  test('a blocked user’s token stops working at once', async ({ client }) => {
    const { user, token } = await actor('influencer')
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(200)
    // Straight to the table, then the drop every blocking service makes after its write.
    await db.from('users').where('id', user.id).update({ blocked_at: sqlNow() })
    verifiedTokens.drop({ users: [user.id] })
    const res = await client.get('/api/v1/auth/me').bearerToken(token)
    res.assertStatus(401)
    res.assertBodyContains({ errors: [{ code: 'E_ACCOUNT_BLOCKED' }] })
  })
})

test.group('identity / me and password', (group) => {
  isolate(group)

  test('PATCH /me updates name, own profile and privacy', async ({ client, assert }) => {
    const { token } = await actor('influencer')
    const escalation = await client
      .patch('/api/v1/auth/me')
      .bearerToken(token)
      .json({ fullName: 'Renamed', status: 'active' })
    escalation.assertStatus(422)
    assert.containsSubset(escalation.body().errors, [{ code: 'E_UNKNOWN_FIELD', field: 'status' }])
    const res = await client
      .patch('/api/v1/auth/me')
      .bearerToken(token)
      .json({
        fullName: 'Renamed',
        influencerProfile: { niche: 'chess', reach: 42 },
        privacy: { showEmail: true },
      })
    res.assertStatus(200)
    const me = res.body().data
    assert.equal(me.fullName, 'Renamed')
    assert.equal(me.role, 'influencer')
    assert.equal(me.influencerProfile.niche, 'chess')
    assert.equal(me.influencerProfile.reach, 42)
    assert.isTrue(me.privacy.showEmail)
    assert.equal(me.privacy.profileVisibility, 'public')
  })

  test('PATCH /me refuses a profile of another role and bad privacy values', async ({ client }) => {
    const { token } = await actor('shopper')
    ;(
      await client
        .patch('/api/v1/auth/me')
        .bearerToken(token)
        .json({ sponsorProfile: { companyName: 'X' } })
    ).assertStatus(422)
    ;(
      await client
        .patch('/api/v1/auth/me')
        .bearerToken(token)
        .json({ privacy: { profileVisibility: 'everyone' } })
    ).assertStatus(422)
  })

  test('change password needs the current one and signs out other sessions', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('shopper')
    const other = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    const wrong = await client
      .put('/api/v1/auth/password')
      .bearerToken(token)
      .json({ currentPassword: 'nope-nope', newPassword: 'brand-new-pass' })
    wrong.assertStatus(422)
    assert.equal(wrong.body().errors[0].field, 'currentPassword')

    const ok = await client
      .put('/api/v1/auth/password')
      .bearerToken(token)
      .json({ currentPassword: FACTORY_PASSWORD, newPassword: 'brand-new-pass' })
    ok.assertStatus(204)
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(200)
    ;(
      await client.get('/api/v1/auth/me').bearerToken(other.body().data.tokens.accessToken)
    ).assertStatus(401)
    ;(
      await client
        .post('/api/v1/auth/login')
        .json({ email: user.email, password: 'brand-new-pass' })
    ).assertStatus(200)
  })
})
