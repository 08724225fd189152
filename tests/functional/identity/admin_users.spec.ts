import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type User from '#models/user'
import AuditLog from '#models/audit_log'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import type { Json } from '#tests/support/json'

const ADMIN = '/api/v1/admin'

/** A lowercase marker put into e-mails/names so list assertions only see this test's users. */
const marker = () => `m${randomBytes(5).toString('hex')}`

const ids = (body: { data: { id: number }[] }) => body.data.map((u) => u.id)

function influencer(niche: string, reach: number, overrides: Partial<User> = {}) {
  return UserFactory.merge(overrides)
    .apply('influencer')
    .with('influencerProfile', 1, (profile) => profile.merge({ niche, reach }))
    .create()
}

test.group('admin / users list', (group) => {
  isolate(group)

  test('lists users in the { data, meta } envelope with pagination meta', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const tag = marker()
    for (let i = 0; i < 5; i++) await actor('shopper', { email: `user${i}.${tag}@example.test` })

    const second = await client
      .get(`${ADMIN}/users`)
      .qs({ q: tag, perPage: 2, page: 2 })
      .bearerToken(token)
    second.assertStatus(200)
    assert.deepEqual(second.body().meta, { page: 2, perPage: 2, total: 5, lastPage: 3 })
    assert.lengthOf(second.body().data, 2)
    for (const user of second.body().data) {
      assert.include(user.email, tag)
      assert.notProperty(user, 'password')
    }

    const last = await client
      .get(`${ADMIN}/users`)
      .qs({ q: tag, perPage: 2, page: 3 })
      .bearerToken(token)
    assert.lengthOf(last.body().data, 1)

    const defaults = await client.get(`${ADMIN}/users`).qs({ q: tag }).bearerToken(token)
    assert.deepEqual(defaults.body().meta, { page: 1, perPage: 20, total: 5, lastPage: 1 })
  })

  test('filters by role, status, blocked and flagged', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const tag = marker()
    const email = (name: string) => `${name}.${tag}@example.test`
    const shopper = (await actor('shopper', { email: email('shopper') })).user
    const creator = (await actor('influencer', { email: email('creator') })).user
    const brand = (await actor('sponsor', { email: email('brand') })).user
    const pending = (await actor('pendingSponsor', { email: email('pending') })).user
    const blocked = (
      await actor('influencer', {
        email: email('blocked'),
        blockedAt: DateTime.utc(),
        blockReason: 'spam',
      })
    ).user
    const flagged = (
      await actor('shopper', {
        email: email('flagged'),
        flaggedAt: DateTime.utc(),
        flagReason: 'odd',
      })
    ).user
    const deleted = (await actor('shopper', { email: email('deleted'), deletedAt: DateTime.utc() }))
      .user

    const list = async (filters: Record<string, string>) => {
      const res = await client
        .get(`${ADMIN}/users`)
        .qs({ q: tag, perPage: 100, ...filters })
        .bearerToken(token)
      res.assertStatus(200)
      return ids(res.body()).sort((a, b) => a - b)
    }
    const sorted = (...users: User[]) => users.map((u) => u.id).sort((a, b) => a - b)

    assert.deepEqual(await list({ role: 'sponsor' }), sorted(brand, pending))
    assert.deepEqual(await list({ role: 'influencer' }), sorted(creator, blocked))
    assert.deepEqual(await list({ status: 'pending' }), sorted(pending))
    assert.deepEqual(await list({ role: 'sponsor', status: 'active' }), sorted(brand))
    assert.deepEqual(await list({ blocked: 'true' }), sorted(blocked))
    assert.deepEqual(
      await list({ blocked: 'false' }),
      sorted(shopper, creator, brand, pending, flagged)
    )
    assert.deepEqual(await list({ flagged: 'true' }), sorted(flagged))
    assert.deepEqual(
      await list({ flagged: 'false' }),
      sorted(shopper, creator, brand, pending, blocked)
    )
    // Deleted accounts are left out unless asked for, and admin actions no longer reach them.
    assert.deepEqual(await list({}), sorted(shopper, creator, brand, pending, blocked, flagged))
    assert.deepEqual(await list({ deleted: 'true' }), sorted(deleted))
    const block = await client
      .post(`${ADMIN}/users/${deleted.id}/block`)
      .json({ reason: 'too late' })
      .bearerToken(token)
    block.assertStatus(404)
  })

  test('q matches e-mail or name substrings, case-insensitively, and treats % and _ literally', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const tag = marker()
    const byEmail = (
      await actor('shopper', { email: `first.${tag}@example.test`, fullName: 'Plain Name' })
    ).user
    const byName = (await actor('shopper', { fullName: `Someone ${tag.toUpperCase()} Else` })).user
    await actor('shopper', { fullName: 'Unrelated Person' })

    const res = await client.get(`${ADMIN}/users`).qs({ q: tag.toUpperCase() }).bearerToken(token)
    res.assertStatus(200)
    assert.sameMembers(ids(res.body()), [byEmail.id, byName.id])
    assert.equal(res.body().meta.total, 2)

    const wildcard = await client
      .get(`${ADMIN}/users`)
      .qs({ q: `${tag}%` })
      .bearerToken(token)
    wildcard.assertStatus(200)
    assert.deepEqual(wildcard.body().data, [])

    const underscored = (await actor('shopper', { email: `john_${tag}@example.test` })).user
    await actor('shopper', { email: `johnx${tag}@example.test` })
    const literal = await client
      .get(`${ADMIN}/users`)
      .qs({ q: `john_${tag}` })
      .bearerToken(token)
    literal.assertStatus(200)
    assert.deepEqual(ids(literal.body()), [underscored.id])
  })

  test('perPage above 100 and unknown filter values are refused with 422', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')

    const tooMany = await client.get(`${ADMIN}/users`).qs({ perPage: 101 }).bearerToken(token)
    tooMany.assertStatus(422)
    assert.deepInclude(
      tooMany.body().errors.map((e: Json) => ({ code: e.code, field: e.field })),
      {
        code: 'E_VALIDATION_ERROR',
        field: 'perPage',
      }
    )

    const badRole = await client
      .get(`${ADMIN}/users`)
      .qs({ role: 'superuser', sort: 'random' })
      .bearerToken(token)
    badRole.assertStatus(422)
    assert.sameMembers(
      badRole.body().errors.map((e: Json) => e.field),
      ['role', 'sort']
    )

    const max = await client.get(`${ADMIN}/users`).qs({ perPage: 100 }).bearerToken(token)
    max.assertStatus(200)
    assert.equal(max.body().meta.perPage, 100)
  })

  test('sorts by newest (default), oldest, e-mail and name', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const tag = marker()
    const now = DateTime.utc()
    const charlie = (
      await actor('shopper', {
        email: `charlie.${tag}@example.test`,
        fullName: 'Amy Adams',
        createdAt: now.minus({ days: 3 }),
      })
    ).user
    const alpha = (
      await actor('shopper', {
        email: `alpha.${tag}@example.test`,
        fullName: 'Zoe Zimmer',
        createdAt: now.minus({ days: 1 }),
      })
    ).user
    const bravo = (
      await actor('shopper', {
        email: `bravo.${tag}@example.test`,
        fullName: 'Max Mayer',
        createdAt: now.minus({ days: 2 }),
      })
    ).user

    const order = async (sort?: string) => {
      const res = await client
        .get(`${ADMIN}/users`)
        .qs(sort ? { q: tag, sort } : { q: tag })
        .bearerToken(token)
      res.assertStatus(200)
      return ids(res.body())
    }

    assert.deepEqual(await order(), [alpha.id, bravo.id, charlie.id])
    assert.deepEqual(await order('newest'), [alpha.id, bravo.id, charlie.id])
    assert.deepEqual(await order('oldest'), [charlie.id, bravo.id, alpha.id])
    assert.deepEqual(await order('email'), [alpha.id, bravo.id, charlie.id])
    assert.deepEqual(await order('name'), [charlie.id, bravo.id, alpha.id])
  })

  test('shows one user with their profile', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const { user } = await actor('sponsor')
    const res = await client.get(`${ADMIN}/users/${user.id}`).bearerToken(token)
    res.assertStatus(200)
    assert.equal(res.body().data.id, user.id)
    assert.equal(res.body().data.role, 'sponsor')
    assert.isString(res.body().data.sponsorProfile.companyName)
    assert.isNull(res.body().data.influencerProfile)
    assert.notProperty(res.body().data, 'password')
  })
})

test.group('admin / pending sponsors', (group) => {
  isolate(group)

  test('lists only pending, unblocked sponsors, oldest first', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const now = DateTime.utc()
    const newer = (await actor('pendingSponsor', { createdAt: now.minus({ days: 1 }) })).user
    const older = (await actor('pendingSponsor', { createdAt: now.minus({ days: 5 }) })).user
    const blocked = (
      await actor('pendingSponsor', { createdAt: now.minus({ days: 3 }), blockedAt: now })
    ).user
    const approved = (await actor('sponsor', { createdAt: now.minus({ days: 4 }) })).user
    // The factory's `pending` state wins over merged attributes, so the rejection is applied afterwards.
    const rejected = (await actor('pendingSponsor', { createdAt: now.minus({ days: 2 }) })).user
    await rejected.merge({ status: 'rejected', rejectionReason: 'Unverifiable' }).save()
    const pendingShopper = (await actor('shopper', { status: 'pending' })).user

    const res = await client
      .get(`${ADMIN}/users/pending-sponsors`)
      .qs({ perPage: 100 })
      .bearerToken(token)
    res.assertStatus(200)
    const listed: number[] = ids(res.body())
    const mine = listed.filter((id) =>
      [newer, older, blocked, approved, rejected, pendingShopper].some((u) => u.id === id)
    )
    assert.deepEqual(mine, [older.id, newer.id])

    const rows = res.body().data
    for (const row of rows) {
      assert.equal(row.role, 'sponsor')
      assert.equal(row.status, 'pending')
      assert.isFalse(row.blocked)
    }
    const created = rows.map((r: Json) => r.createdAt)
    assert.deepEqual(created, [...created].sort())
    assert.isString(rows.find((r: Json) => r.id === older.id).sponsorProfile.companyName)
    assert.containsSubset(res.body().meta, { page: 1, perPage: 100 })
  })

  test('an approved sponsor leaves the pending list', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const { user } = await actor('pendingSponsor')
    const before = await client
      .get(`${ADMIN}/users/pending-sponsors`)
      .qs({ perPage: 100 })
      .bearerToken(token)
    assert.include(ids(before.body()), user.id)

    await client.post(`${ADMIN}/users/${user.id}/approve`).bearerToken(token).json({})
    const after = await client
      .get(`${ADMIN}/users/pending-sponsors`)
      .qs({ perPage: 100 })
      .bearerToken(token)
    assert.notInclude(ids(after.body()), user.id)
  })
})

test.group('admin / sponsor approval', (group) => {
  isolate(group)

  test('approving a pending sponsor activates it; approving again is a 409', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('pendingSponsor')

    const res = await client.post(`${ADMIN}/users/${user.id}/approve`).bearerToken(token).json({})
    res.assertStatus(200)
    assert.equal(res.body().data.id, user.id)
    assert.equal(res.body().data.status, 'active')
    assert.isNull(res.body().data.rejectionReason)
    await user.refresh()
    assert.equal(user.status, 'active')

    const again = await client.post(`${ADMIN}/users/${user.id}/approve`).bearerToken(token).json({})
    again.assertStatus(409)
    assert.equal(again.body().errors[0].code, 'E_INVALID_STATE')
    assert.isString(again.body().errors[0].message)
  })

  test('approving or rejecting an account that is not a sponsor is a 409 E_NOT_A_SPONSOR naming its role', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const targets = [
      (await actor('shopper')).user,
      (await actor('influencer')).user,
      (await actor('admin')).user,
    ]

    for (const target of targets) {
      const expected = [
        {
          code: 'E_NOT_A_SPONSOR',
          message: `Only brand (sponsor) accounts go through approval; this account's role is ${target.role}`,
        },
      ]
      const approve = await client
        .post(`${ADMIN}/users/${target.id}/approve`)
        .bearerToken(token)
        .json({})
      approve.assertStatus(409)
      assert.deepEqual(approve.body().errors, expected)
      const reject = await client
        .post(`${ADMIN}/users/${target.id}/reject`)
        .bearerToken(token)
        .json({ reason: 'Not a brand at all' })
      reject.assertStatus(409)
      assert.deepEqual(reject.body().errors, expected)
      await target.refresh()
      assert.equal(target.status, 'active')
      assert.isNull(target.rejectionReason)
    }
  })

  test('reject needs a reason, then marks the sponsor rejected and it cannot log in', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user, tokens } = await actor('pendingSponsor')

    for (const body of [{}, { reason: '' }, { reason: '  ' }]) {
      const missing = await client
        .post(`${ADMIN}/users/${user.id}/reject`)
        .bearerToken(token)
        .json(body)
      missing.assertStatus(422)
      missing.assertBodyContains({ errors: [{ code: 'E_VALIDATION_ERROR', field: 'reason' }] })
    }
    await user.refresh()
    assert.equal(user.status, 'pending')

    const res = await client
      .post(`${ADMIN}/users/${user.id}/reject`)
      .bearerToken(token)
      .json({ reason: 'Company could not be verified' })
    res.assertStatus(200)
    assert.equal(res.body().data.status, 'rejected')
    assert.equal(res.body().data.rejectionReason, 'Company could not be verified')
    await user.refresh()
    assert.equal(user.status, 'rejected')
    assert.equal(user.rejectionReason, 'Company could not be verified')

    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    login.assertStatus(403)
    login.assertBodyContains({ errors: [{ code: 'E_ACCOUNT_REJECTED' }] })
    assert.include(login.body().errors[0].message, 'Company could not be verified')
    // the session opened at signup ends with the rejection
    ;(await client.get('/api/v1/auth/me').bearerToken(tokens.accessToken)).assertStatus(401)
    ;(
      await client.post('/api/v1/auth/refresh').json({ refreshToken: tokens.refreshToken })
    ).assertStatus(401)

    const approve = await client
      .post(`${ADMIN}/users/${user.id}/approve`)
      .bearerToken(token)
      .json({})
    approve.assertStatus(409)
    assert.equal(approve.body().errors[0].code, 'E_INVALID_STATE')
  })

  test('a pending brand cannot browse influencers until an admin approves it', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('pendingSponsor')
    const niche = marker()
    const big = await influencer(niche, 50_000)
    const small = await influencer(niche, 800)
    const hidden = await influencer(niche, 90_000, { privacy: { profileVisibility: 'private' } })
    const blocked = await influencer(niche, 70_000, {
      blockedAt: DateTime.utc(),
      blockReason: 'fake followers',
    })
    await influencer(marker(), 60_000)

    const refused = await client.get('/api/v1/influencers').qs({ niche }).bearerToken(brand.token)
    refused.assertStatus(403)
    assert.equal(refused.body().errors[0].code, 'E_FORBIDDEN')
    assert.match(refused.body().errors[0].message, /pending approval/i)

    const approved = await client
      .post(`${ADMIN}/users/${brand.user.id}/approve`)
      .bearerToken(admin.token)
      .json({})
    approved.assertStatus(200)

    const res = await client.get('/api/v1/influencers').qs({ niche }).bearerToken(brand.token)
    res.assertStatus(200)
    assert.deepEqual(ids(res.body()), [big.id, small.id])
    assert.equal(res.body().meta.total, 2)
    assert.notInclude(ids(res.body()), hidden.id)
    assert.notInclude(ids(res.body()), blocked.id)
    const first = res.body().data[0]
    assert.equal(first.niche, niche)
    assert.equal(first.reach, 50_000)
    assert.isNull(first.email)

    const reach = await client
      .get('/api/v1/influencers')
      .qs({ niche: niche.toUpperCase(), minReach: 1000 })
      .bearerToken(brand.token)
    reach.assertStatus(200)
    assert.deepEqual(ids(reach.body()), [big.id])
  })
})

test.group('admin / block and unblock', (group) => {
  isolate(group)

  test('block needs a reason', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    const res = await client.post(`${ADMIN}/users/${user.id}/block`).bearerToken(token).json({})
    res.assertStatus(422)
    res.assertBodyContains({ errors: [{ code: 'E_VALIDATION_ERROR', field: 'reason' }] })
    await user.refresh()
    assert.isNull(user.blockedAt)
  })

  test('blocking cuts the user off at once: access and refresh tokens stop working', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const target = await actor('influencer')
    const before = await client.get('/api/v1/auth/me').bearerToken(target.token)
    before.assertStatus(200)

    const res = await client
      .post(`${ADMIN}/users/${target.user.id}/block`)
      .bearerToken(admin.token)
      .json({ reason: 'Repeated spam' })
    res.assertStatus(200)
    assert.isTrue(res.body().data.blocked)
    assert.equal(res.body().data.blockReason, 'Repeated spam')
    await target.user.refresh()
    assert.isNotNull(target.user.blockedAt)
    assert.equal(target.user.blockReason, 'Repeated spam')

    const me = await client.get('/api/v1/auth/me').bearerToken(target.token)
    me.assertStatus(401)
    assert.match(me.body().errors[0].code, /^E_/)

    const refresh = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: target.tokens.refreshToken })
    refresh.assertStatus(401)

    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: target.user.email, password: FACTORY_PASSWORD })
    login.assertStatus(403)
    login.assertBodyContains({ errors: [{ code: 'E_ACCOUNT_BLOCKED' }] })
  })

  test('unblocking lets the user log in again; unblocking twice is a 409', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    ;(
      await client
        .post(`${ADMIN}/users/${user.id}/block`)
        .bearerToken(token)
        .json({ reason: 'Chargeback fraud' })
    ).assertStatus(200)

    const res = await client
      .post(`${ADMIN}/users/${user.id}/unblock`)
      .bearerToken(token)
      .json({ reason: 'Resolved with the bank' })
    res.assertStatus(200)
    assert.isFalse(res.body().data.blocked)
    assert.isNull(res.body().data.blockReason)
    await user.refresh()
    assert.isNull(user.blockedAt)

    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: user.email, password: FACTORY_PASSWORD })
    login.assertStatus(200)
    const me = await client.get('/api/v1/auth/me').bearerToken(login.body().data.tokens.accessToken)
    me.assertStatus(200)
    assert.equal(me.body().data.id, user.id)

    const again = await client.post(`${ADMIN}/users/${user.id}/unblock`).bearerToken(token).json({})
    again.assertStatus(409)
    assert.equal(again.body().errors[0].code, 'E_INVALID_STATE')
  })

  test('an admin cannot be blocked (409 E_ADMIN_ACCOUNT), nor block themselves (422 E_SELF_MODERATION)', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const other = (await actor('admin')).user

    const res = await client
      .post(`${ADMIN}/users/${other.id}/block`)
      .bearerToken(admin.token)
      .json({ reason: 'Power grab' })
    res.assertStatus(409)
    assert.deepEqual(res.body().errors, [
      { code: 'E_ADMIN_ACCOUNT', message: 'Admin accounts cannot be blocked' },
    ])
    const self = await client
      .post(`${ADMIN}/users/${admin.user.id}/block`)
      .bearerToken(admin.token)
      .json({ reason: 'Power grab' })
    self.assertStatus(422)
    assert.deepEqual(self.body().errors, [
      { code: 'E_SELF_MODERATION', message: 'You cannot block your own account', field: 'id' },
    ])
    for (const target of [other, admin.user]) {
      await target.refresh()
      assert.isNull(target.blockedAt)
    }
    ;(await client.get('/api/v1/auth/me').bearerToken(admin.token)).assertStatus(200)
  })

  test('blocking an already blocked user is a 409 and keeps the first reason', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    ;(
      await client
        .post(`${ADMIN}/users/${user.id}/block`)
        .bearerToken(token)
        .json({ reason: 'First reason' })
    ).assertStatus(200)

    const again = await client
      .post(`${ADMIN}/users/${user.id}/block`)
      .bearerToken(token)
      .json({ reason: 'Second reason' })
    again.assertStatus(409)
    assert.equal(again.body().errors[0].code, 'E_INVALID_STATE')
    await user.refresh()
    assert.equal(user.blockReason, 'First reason')
  })
})

test.group('admin / flag and unflag', (group) => {
  isolate(group)

  test('flag needs a reason, sets flagged and flagReason; unflag clears them', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('influencer')

    const missing = await client.post(`${ADMIN}/users/${user.id}/flag`).bearerToken(token).json({})
    missing.assertStatus(422)
    missing.assertBodyContains({ errors: [{ field: 'reason' }] })

    const flag = await client
      .post(`${ADMIN}/users/${user.id}/flag`)
      .bearerToken(token)
      .json({ reason: 'Suspicious reach numbers' })
    flag.assertStatus(200)
    assert.isTrue(flag.body().data.flagged)
    assert.equal(flag.body().data.flagReason, 'Suspicious reach numbers')
    await user.refresh()
    assert.isNotNull(user.flaggedAt)
    assert.equal(user.flagReason, 'Suspicious reach numbers')

    const listed = await client
      .get(`${ADMIN}/users`)
      .qs({ q: user.email, flagged: true })
      .bearerToken(token)
    assert.deepEqual(ids(listed.body()), [user.id])

    const twice = await client
      .post(`${ADMIN}/users/${user.id}/flag`)
      .bearerToken(token)
      .json({ reason: 'Again' })
    twice.assertStatus(409)
    assert.equal(twice.body().errors[0].code, 'E_INVALID_STATE')

    const unflag = await client.post(`${ADMIN}/users/${user.id}/unflag`).bearerToken(token).json({})
    unflag.assertStatus(200)
    assert.isFalse(unflag.body().data.flagged)
    assert.isNull(unflag.body().data.flagReason)
    await user.refresh()
    assert.isNull(user.flaggedAt)
    assert.isNull(user.flagReason)

    const unflagAgain = await client
      .post(`${ADMIN}/users/${user.id}/unflag`)
      .bearerToken(token)
      .json({})
    unflagAgain.assertStatus(409)
  })

  test('flagging does not stop the user from working', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const target = await actor('shopper')
    ;(
      await client
        .post(`${ADMIN}/users/${target.user.id}/flag`)
        .bearerToken(token)
        .json({ reason: 'Keep an eye on it' })
    ).assertStatus(200)
    const me = await client.get('/api/v1/auth/me').bearerToken(target.token)
    me.assertStatus(200)
    assert.isTrue(me.body().data.flagged)
  })

  test('an admin cannot be flagged', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const { user } = await actor('admin')
    const res = await client
      .post(`${ADMIN}/users/${user.id}/flag`)
      .bearerToken(token)
      .json({ reason: 'Looks off' })
    res.assertStatus(409)
    assert.deepEqual(res.body().errors, [
      { code: 'E_ADMIN_ACCOUNT', message: 'Admin accounts cannot be flagged' },
    ])
    await user.refresh()
    assert.isNull(user.flaggedAt)
  })
})

test.group('admin / audit log', (group) => {
  isolate(group)

  test('every admin action writes an audit-log row with actor, target and reason', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const approved = (await actor('pendingSponsor')).user
    const rejected = (await actor('pendingSponsor')).user
    const moderated = (await actor('influencer')).user

    const steps: [User, string, string | undefined][] = [
      [approved, 'approve', 'Verified company registry'],
      [rejected, 'reject', 'No company website'],
      [moderated, 'block', 'Spam in comments'],
      [moderated, 'unblock', undefined],
      [moderated, 'flag', 'Fake followers suspected'],
      [moderated, 'unflag', 'Checked, all good'],
    ]
    for (const [target, action, reason] of steps) {
      const res = await client
        .post(`${ADMIN}/users/${target.id}/${action}`)
        .bearerToken(admin.token)
        .json(reason ? { reason } : {})
      res.assertStatus(200)
    }

    const res = await client
      .get(`${ADMIN}/audit-logs`)
      .qs({ actorId: admin.user.id, perPage: 100 })
      .bearerToken(admin.token)
    res.assertStatus(200)
    const rows = res.body().data
    assert.equal(res.body().meta.total, steps.length)
    assert.containsSubset(res.body().meta, { page: 1, perPage: 100, lastPage: 1 })
    assert.deepEqual(
      rows.map((r: Json) => r.action),
      steps.map(([, action]) => `user.${action}`).reverse(),
      'newest first'
    )
    for (const [target, action, reason] of steps) {
      const row = rows.find(
        (r: Json) => r.action === `user.${action}` && r.targetId === String(target.id)
      )
      assert.exists(row, `audit row for user.${action}`)
      assert.equal(row.actorId, admin.user.id)
      assert.equal(row.targetType, 'user')
      assert.deepEqual(row.details, reason ? { reason } : {})
      assert.isString(row.createdAt)
    }

    const blocks = await client
      .get(`${ADMIN}/audit-logs`)
      .qs({ action: 'user.block', perPage: 100 })
      .bearerToken(admin.token)
    blocks.assertStatus(200)
    assert.isTrue(blocks.body().data.every((r: Json) => r.action === 'user.block'))
    assert.include(
      blocks.body().data.map((r: Json) => r.targetId),
      String(moderated.id)
    )

    const forTarget = await client
      .get(`${ADMIN}/audit-logs`)
      .qs({ targetType: 'user', targetId: String(moderated.id) })
      .bearerToken(admin.token)
    assert.sameMembers(
      forTarget.body().data.map((r: Json) => r.action),
      ['user.block', 'user.unblock', 'user.flag', 'user.unflag']
    )
  })

  test('refused or invalid actions leave no audit-log row', async ({ client, assert }) => {
    const admin = await actor('admin')
    const { user } = await actor('shopper')
    await client.post(`${ADMIN}/users/${user.id}/block`).bearerToken(admin.token).json({})
    await client.post(`${ADMIN}/users/${user.id}/approve`).bearerToken(admin.token).json({})
    await client.post(`${ADMIN}/users/${user.id}/unflag`).bearerToken(admin.token).json({})
    const rows = await AuditLog.query()
      .where('target_type', 'user')
      .where('target_id', String(user.id))
    assert.lengthOf(rows, 0)
  })

  test('audit-log perPage above 100 is a 422', async ({ client }) => {
    const { token } = await actor('admin')
    const res = await client.get(`${ADMIN}/audit-logs`).qs({ perPage: 500 }).bearerToken(token)
    res.assertStatus(422)
    res.assertBodyContains({ errors: [{ code: 'E_VALIDATION_ERROR', field: 'perPage' }] })
  })
})

test.group('admin / unknown users', (group) => {
  isolate(group)

  test('an unknown user id is a 404 in the error shape on every user route', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const missing = 2_147_000_000
    const requests = [
      client.get(`${ADMIN}/users/${missing}`),
      ...['approve', 'reject', 'block', 'unblock', 'flag', 'unflag'].map((action) =>
        client.post(`${ADMIN}/users/${missing}/${action}`).json({ reason: 'Some valid reason' })
      ),
    ]
    for (const request of requests) {
      const res = await request.bearerToken(token)
      res.assertStatus(404)
      assert.deepEqual(res.body(), { errors: [{ code: 'E_NOT_FOUND', message: 'User not found' }] })
    }
  })

  test('a non-numeric id does not match any route', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const res = await client.get(`${ADMIN}/users/abc`).bearerToken(token)
    res.assertStatus(404)
    assert.equal(res.body().errors[0].code, 'E_NOT_FOUND')
  })
})
