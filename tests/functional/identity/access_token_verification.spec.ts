import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { sqlTime } from '#platform/db/time'
import { verifiedTokens } from '#services/identity/verified_tokens'

const tokenId = (token: string) =>
  Number(Buffer.from(token.slice('mq_at_'.length).split('.')[0], 'base64url').toString())
const lastUsed = async (id: number) =>
  (await db.from('auth_access_tokens').where('id', id).select('last_used_at').first())?.last_used_at

test.group('identity / access token verification', (group) => {
  isolate(group)

  test('last_used_at is written on first use and at most once a minute after', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const id = tokenId(token)
    await db.from('auth_access_tokens').where('id', id).update({ last_used_at: null })
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(200)
    const first = await lastUsed(id)
    assert.isNotNull(first)
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(200)
    assert.equal(new Date(await lastUsed(id)).getTime(), new Date(first).getTime())

    // A token last used more than a minute ago is stamped again on its next request.
    const other = await actor('shopper')
    const otherId = tokenId(other.token)
    const old = new Date(Date.now() - 5 * 60_000)
    await db
      .from('auth_access_tokens')
      .where('id', otherId)
      .update({ last_used_at: sqlTime(old) })
    ;(await client.get('/api/v1/auth/me').bearerToken(other.token)).assertStatus(200)
    assert.isAbove(new Date(await lastUsed(otherId)).getTime(), old.getTime() + 60_000)
  })

  test('a wrong secret is refused and leaves last_used_at alone', async ({ client, assert }) => {
    const { token } = await actor('shopper')
    const id = tokenId(token)
    await db.from('auth_access_tokens').where('id', id).update({ last_used_at: null })
    const forged = `${token.slice(0, token.indexOf('.') + 1)}${'x'.repeat(40)}`
    const res = await client.get('/api/v1/auth/me').bearerToken(forged)
    res.assertStatus(401)
    assert.isNull(await lastUsed(id))
  })

  test('malformed token ids get 401, never 500', async ({ client }) => {
    for (const id of ['abc', '-1', '1e3', '99999999999999999999999', "1' or '1'='1"]) {
      const token = `mq_at_${Buffer.from(id).toString('base64url')}.${'y'.repeat(40)}`
      ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(401)
    }
  })

  test('concurrent requests read their tokens together, and each gets its own user', async ({
    client,
    assert,
  }) => {
    const actors = await Promise.all([
      actor('shopper'),
      actor('influencer'),
      actor('sponsor'),
      actor('admin'),
    ])
    const revoked = await actor('shopper')
    await db.from('auth_access_tokens').where('id', tokenId(revoked.token)).delete()
    const forged = `${actors[0].token.slice(0, actors[0].token.indexOf('.') + 1)}${'x'.repeat(40)}`
    // Fired at once, so they land in the same turn of the server's event loop and share one token query.
    const calls = [...actors, ...actors, ...actors].map((who) => ({
      token: who.token,
      expected: who.user.id,
    }))
    calls.push({ token: revoked.token, expected: 0 }, { token: forged, expected: 0 })
    const answers = await Promise.all(
      calls.map(({ token }) => client.get('/api/v1/auth/me').bearerToken(token))
    )
    answers.forEach((answer, i) => {
      if (calls[i].expected === 0) return answer.assertStatus(401)
      answer.assertStatus(200)
      assert.equal(answer.body().data.id, calls[i].expected)
    })
  })

  test('the user is read with the token once remembered tokens are dropped: role and status changes apply at once', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('shopper')
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(200)
    // Writes straight to the table, each followed by the drop the services make after theirs.
    const changed = () => verifiedTokens.drop({ users: [user.id] })
    await db.from('users').where('id', user.id).update({ full_name: 'Changed Name' })
    changed()
    const me = await client.get('/api/v1/auth/me').bearerToken(token)
    me.assertStatus(200)
    assert.equal(me.body().data.fullName, 'Changed Name')
    await db.from('users').where('id', user.id).update({ role: 'influencer' })
    changed()
    ;(await client.get('/api/v1/cart').bearerToken(token)).assertStatus(403)
    await db.from('users').where('id', user.id).delete()
    changed()
    ;(await client.get('/api/v1/auth/me').bearerToken(token)).assertStatus(401)
  })
})
