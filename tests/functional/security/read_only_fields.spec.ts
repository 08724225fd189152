import { test } from '@japa/runner'
import Address from '#models/commerce/address'
import Comment from '#models/comment'
import ModerationRule from '#models/moderation_rule'
import User from '#models/user'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { addressOf } from '#tests/support/commerce'
import { planFor } from '#tests/support/community_plans'
import { API, MODERATION, createRule } from '#tests/support/moderation'
import type { Assert } from '@japa/assert'

interface ApiErrorBody {
  errors: { code: string; message: string; field?: string }[]
}

/** The 422 a PATCH answers for a field its create accepts but it cannot change: that field only, with why. */
function assertReadOnly(
  assert: Assert,
  res: { status(): number; body(): ApiErrorBody },
  field: string,
  message: RegExp
) {
  assert.equal(res.status(), 422)
  const errors = res.body().errors
  assert.deepEqual(
    errors.map((e) => [e.code, e.field]),
    [['E_VALIDATION_ERROR', field]]
  )
  assert.match(errors[0].message, message)
}

test.group('security / a PATCH never silently drops a field its create accepts', (group) => {
  isolate(group)

  test('PATCH /addresses/:id refuses isDefault and points at the default route; nothing of the request is applied', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    await addressOf(client, token)
    const second = await addressOf(client, token, { city: 'Ogdenville' })
    const res = await client
      .patch(`${API}/addresses/${second}`)
      .bearerToken(token)
      .json({ isDefault: true, city: 'Shelbyville' })
    assertReadOnly(assert, res, 'isDefault', /POST \/api\/v1\/addresses\/\{id\}\/default/)
    const stored = await Address.findOrFail(second)
    assert.isFalse(stored.isDefault)
    assert.equal(stored.city, 'Ogdenville')
  })

  test('PATCH /admin/moderation/rules/:id refuses a new kind', async ({ client, assert }) => {
    const admin = await actor('admin')
    const rule = await createRule(client, admin, {
      name: 'Pills',
      kind: 'keyword',
      keywords: ['cheap pills'],
      action: 'hide',
    })
    const res = await client
      .patch(`${MODERATION}/rules/${rule.id}`)
      .bearerToken(admin.token)
      .json({ kind: 'regex', pattern: 'pills?' })
    assertReadOnly(assert, res, 'kind', /create a new rule/)
    const stored = await ModerationRule.findOrFail(rule.id)
    assert.equal(stored.kind, 'keyword')
    assert.isNull(stored.pattern)
  })

  test('PATCH /comments/:id refuses moving a reply (parentId)', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const ann = await actor('shopper')
    const post = (body: string, parentId?: number) =>
      client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(ann.token)
        .json({ body, parentId })
    const first = (await post('First')).body().data.id as number
    const other = (await post('Other')).body().data.id as number
    const reply = (await post('A reply', first)).body().data.id as number

    const res = await client
      .patch(`${API}/comments/${reply}`)
      .bearerToken(ann.token)
      .json({ body: 'Moved', parentId: other })
    assertReadOnly(assert, res, 'parentId', /stays under the comment/)
    const stored = await Comment.findOrFail(reply)
    assert.equal(stored.parentId, first)
    assert.equal(stored.body, 'A reply')
  })

  test('PATCH /auth/me refuses e-mail, password and role, each with its reason', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('influencer')
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ email: 'new-address@example.com' }, 'email', /cannot be changed/],
      [{ password: 'quartz-lantern-meadow-42' }, 'password', /PUT \/api\/v1\/auth\/password/],
      [{ role: 'admin' }, 'role', /cannot be changed/],
    ]
    for (const [body, field, message] of cases) {
      assertReadOnly(
        assert,
        await client
          .patch(`${API}/auth/me`)
          .bearerToken(token)
          .json({ fullName: 'Renamed', ...body }),
        field,
        message
      )
    }
    const stored = await User.findOrFail(user.id)
    assert.equal(stored.email, user.email)
    assert.equal(stored.role, 'influencer')
    assert.notEqual(stored.fullName, 'Renamed')
    ;(
      await client.post(`${API}/auth/login`).json({ email: user.email, password: FACTORY_PASSWORD })
    ).assertStatus(200)
  })
})
