import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import TokenService from '#services/identity/token_service'
import { verifiedTokens } from '#services/identity/verified_tokens'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

const API = '/api/v1'

const me = (client: ApiClient, token: string) => client.get(`${API}/auth/me`).bearerToken(token)

/** Uses the token once, so the process remembers it (the fast path) before the revocation. */
async function remembered(client: ApiClient, token: string) {
  const before = verifiedTokens.size
  ;(await me(client, token)).assertStatus(200)
  if (verifiedTokens.size <= before) throw new Error('the token was not remembered')
}

test.group('identity / auth fast path: every revocation applies at once', (group) => {
  isolate(group)

  test('a verified token is answered from memory until something revokes it', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('shopper')
    await remembered(client, token)
    // A write that goes around the services is not seen while the token is remembered…
    await db.from('users').where('id', user.id).update({ full_name: 'Around The Services' })
    assert.notEqual((await me(client, token)).body().data.fullName, 'Around The Services')
    // …and is once a revocation of the member drops it.
    verifiedTokens.drop({ users: [user.id] })
    assert.equal((await me(client, token)).body().data.fullName, 'Around The Services')
  })

  test('a remembered id with another secret is refused, and the real token still works', async ({
    client,
  }) => {
    const { token } = await actor('shopper')
    await remembered(client, token)
    const forged = `${token.slice(0, token.indexOf('.') + 1)}${'x'.repeat(40)}`
    ;(await me(client, forged)).assertStatus(401)
    ;(await me(client, token)).assertStatus(200)
  })

  test('logout', async ({ client }) => {
    const { token } = await actor('shopper')
    await remembered(client, token)
    ;(await client.post(`${API}/auth/logout`).bearerToken(token).json({})).assertStatus(204)
    ;(await me(client, token)).assertStatus(401)
  })

  test('refresh-family revocation (a replayed refresh token)', async ({ client }) => {
    const { tokens } = await actor('shopper')
    const rotated = await client.post(`${API}/auth/refresh`).json({
      refreshToken: tokens.refreshToken,
    })
    rotated.assertStatus(200)
    const access = rotated.body().data.accessToken as string
    await remembered(client, access)
    ;(
      await client.post(`${API}/auth/refresh`).json({ refreshToken: tokens.refreshToken })
    ).assertStatus(401)
    ;(await me(client, access)).assertStatus(401)
  })

  test('admin block', async ({ client }) => {
    const admin = await actor('admin')
    const { user, token } = await actor('influencer')
    await remembered(client, token)
    ;(
      await client
        .post(`${API}/admin/users/${user.id}/block`)
        .bearerToken(admin.token)
        .json({ reason: 'Spam' })
    ).assertStatus(200)
    const after = await me(client, token)
    after.assertStatus(401)
  })

  test('password change ends the other sessions', async ({ client }) => {
    const { user, token } = await actor('shopper')
    const other = (await new TokenService().issue(user)).accessToken
    await remembered(client, other)
    ;(
      await client
        .put(`${API}/auth/password`)
        .bearerToken(token)
        .json({ currentPassword: FACTORY_PASSWORD, newPassword: 'a-brand-new-passphrase-7' })
    ).assertStatus(204)
    ;(await me(client, other)).assertStatus(401)
    ;(await me(client, token)).assertStatus(200)
  })

  test('status change (a brand approved)', async ({ client, assert }) => {
    const admin = await actor('admin')
    const { user, token } = await actor('pendingSponsor')
    await remembered(client, token)
    ;(
      await client.post(`${API}/admin/users/${user.id}/approve`).bearerToken(admin.token).json({})
    ).assertStatus(200)
    const after = await me(client, token)
    after.assertStatus(200)
    assert.equal(after.body().data.status, 'active')
  })

  test('role change', async ({ client }) => {
    const { user, token } = await actor('shopper')
    ;(await client.get(`${API}/cart`).bearerToken(token)).assertStatus(200)
    const member = await User.findOrFail(user.id)
    member.role = 'influencer'
    await member.save()
    ;(await client.get(`${API}/cart`).bearerToken(token)).assertStatus(403)
  })

  test('account deletion', async ({ client }) => {
    const { token } = await actor('shopper')
    await remembered(client, token)
    ;(
      await client.delete(`${API}/auth/me`).bearerToken(token).json({ password: FACTORY_PASSWORD })
    ).assertStatus(204)
    ;(await me(client, token)).assertStatus(401)
  })
})
