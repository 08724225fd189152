import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Report, { REPORT_REASONS, type TargetType } from '#models/report'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'
import { campaignFor } from '#tests/support/marketplace'
import {
  API,
  contentOf,
  current,
  dismiss,
  fileReport,
  firstError,
  report,
  resolve,
  type ReportBody,
} from '#tests/support/moderation'
import { sqlNow } from '#platform/db/time'

/** Who owns each kind of content in these tests (campaigns, products and a brand's messages belong to sponsors). */
const OWNER: Record<TargetType, Persona> = {
  plan: 'influencer',
  comment: 'influencer',
  custom_task: 'shopper',
  campaign: 'sponsor',
  message: 'sponsor',
  product: 'sponsor',
  user: 'influencer',
}

test.group('moderation / filing reports', (group) => {
  isolate(group)

  test('a {$self} can be reported, and the report is queued open')
    .with<TargetType[]>([
      'plan',
      'comment',
      'custom_task',
      'campaign',
      'message',
      'product',
      'user',
    ])
    .run(async ({ client, assert }, type) => {
      const owner = await actor(OWNER[type])
      // A chat message can only be reported by the other party of its conversation.
      const reporter = await actor(type === 'message' ? 'influencer' : 'shopper')
      const targetId = await contentOf(type, owner.user, reporter.user)

      const res = await fileReport(client, reporter, {
        targetType: type,
        targetId,
        reason: 'abuse',
        details: '  Rude and repeated  ',
      })
      res.assertStatus(201)
      const body = res.body().data as ReportBody & { details: string }
      assert.containsSubset(body, {
        targetType: type,
        targetId,
        reason: 'abuse',
        details: 'Rude and repeated',
        status: 'open',
        action: null,
        automatic: false,
        reporterId: reporter.user.id,
        targetOwnerId: owner.user.id,
        claimedBy: null,
        version: 1,
      })
      assert.isAbove(body.priority, 0)
      const stored = await Report.findOrFail(body.id)
      assert.equal(stored.targetType, type)
      assert.equal(stored.status, 'open')
    })

  test('every reason category is accepted; anything else is a 422 on its field', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    for (const reason of REPORT_REASONS) {
      const reporter = await actor('shopper')
      const filed = await report(client, reporter, 'plan', plan.id, reason)
      assert.equal(filed.reason, reason)
    }
    const reporter = await actor('shopper')
    const badReason = await fileReport(client, reporter, {
      targetType: 'plan',
      targetId: plan.id,
      reason: 'boring',
    })
    badReason.assertStatus(422)
    assert.equal(firstError(badReason.body())?.field, 'reason')
    const badType = await fileReport(client, reporter, {
      targetType: 'playlist',
      targetId: plan.id,
      reason: 'spam',
    })
    badType.assertStatus(422)
    assert.equal(firstError(badType.body())?.field, 'targetType')
    const missingId = await fileReport(client, reporter, { targetType: 'plan', reason: 'spam' })
    missingId.assertStatus(422)
    assert.equal(firstError(missingId.body())?.field, 'targetId')
    assert.lengthOf(await Report.query().where('reporter_id', reporter.user.id), 0)
  })

  test('one open report per reporter and target: a second is a 409 E_ALREADY_REPORTED', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const other = await planFor(owner.user)
    const reporter = await actor('shopper')
    await report(client, reporter, 'plan', plan.id, 'spam')

    const again = await fileReport(client, reporter, {
      targetType: 'plan',
      targetId: plan.id,
      reason: 'fraud',
    })
    again.assertStatus(409)
    assert.equal(firstError(again.body())?.code, 'E_ALREADY_REPORTED')
    assert.lengthOf(
      await Report.query().where({ reporter_id: reporter.user.id, target_id: plan.id }),
      1
    )

    // Someone else on the same plan, and the same reporter on another plan, are fine.
    await report(client, await actor('shopper'), 'plan', plan.id)
    await report(client, reporter, 'plan', other.id)
    // The same id under another type is another target.
    await report(client, reporter, 'user', owner.user.id)
  })

  test('once their report is closed, the reporter may report the same content again', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const reporter = await actor('shopper')
    const first = await report(client, reporter, 'plan', plan.id)
    ;(await dismiss(client, admin, first.id, first.version)).assertStatus(200)

    const second = await report(client, reporter, 'plan', plan.id, 'fraud')
    assert.notEqual(second.id, first.id)
    assert.equal(second.status, 'open')
  })

  test('nobody can report their own content or themselves (422)', async ({ client, assert }) => {
    const owner = await actor('sponsor')
    for (const type of ['plan', 'campaign', 'product', 'message', 'user'] as TargetType[]) {
      const targetId = await contentOf(type, owner.user)
      const res = await fileReport(client, owner, { targetType: type, targetId, reason: 'spam' })
      res.assertStatus(422)
      assert.containsSubset(firstError(res.body()), {
        code: 'E_VALIDATION_ERROR',
        field: 'targetId',
      })
    }
    assert.lengthOf(await Report.query().where('reporter_id', owner.user.id), 0)
  })

  test('unknown content is a 404, and so is an admin account', async ({ client, assert }) => {
    const reporter = await actor('shopper')
    const admin = await actor('admin')
    for (const type of [
      'plan',
      'comment',
      'custom_task',
      'campaign',
      'message',
      'product',
      'user',
    ] as TargetType[]) {
      const res = await fileReport(client, reporter, {
        targetType: type,
        targetId: 2_000_000_000,
        reason: 'spam',
      })
      res.assertStatus(404)
      assert.equal(firstError(res.body())?.code, 'E_NOT_FOUND', type)
    }
    const res = await fileReport(client, reporter, {
      targetType: 'user',
      targetId: admin.user.id,
      reason: 'abuse',
    })
    res.assertStatus(404)
    assert.lengthOf(await Report.query().where('reporter_id', reporter.user.id), 0)
  })

  test('private content is reported only by those who can see it: others get 404 as for unknown content', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const stranger = await actor('influencer')
    const messageId = await contentOf('message', brand.user, creator.user)
    const hidden = await campaignFor(brand.user, { visibility: 'private' })
    await db.table('ad_requests').insert({
      campaign_id: hidden.id,
      sponsor_id: brand.user.id,
      influencer_id: creator.user.id,
      initiated_by: 'sponsor',
      requirements: 'One reel',
      deliverables: 'One reel',
      payment_amount: 1000,
      status: 'pending',
      created_at: sqlNow(),
      updated_at: sqlNow(),
    })

    for (const [targetType, targetId] of [
      ['message', messageId],
      ['campaign', hidden.id],
    ] as const) {
      const refused = await fileReport(client, stranger, { targetType, targetId, reason: 'abuse' })
      refused.assertStatus(404)
      assert.equal(firstError(refused.body())?.code, 'E_NOT_FOUND')
      await report(client, creator, targetType, targetId, 'abuse')
    }
    // A public campaign is open to anyone.
    await report(client, stranger, 'campaign', (await campaignFor(brand.user)).id)
    assert.lengthOf(await Report.query().where('reporter_id', stranger.user.id), 1)
  })

  test('a pending brand can report; an anonymous caller gets 401', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    await report(client, await actor('pendingSponsor'), 'plan', plan.id)

    const anonymous = await client
      .post(`${API}/reports`)
      .json({ targetType: 'plan', targetId: plan.id, reason: 'spam' })
    anonymous.assertStatus(401)
    ;(await client.get(`${API}/reports`)).assertStatus(401)
    assert.lengthOf(await Report.query().where('target_id', plan.id), 1)
  })
})

test.group('moderation / my reports', (group) => {
  isolate(group)

  test('a user lists only their own reports, newest first, and filters by status', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const reporter = await actor('shopper')
    const someoneElse = await actor('shopper')
    const plans = [await planFor(owner.user), await planFor(owner.user), await planFor(owner.user)]
    const mine = []
    for (const plan of plans) mine.push(await report(client, reporter, 'plan', plan.id))
    await report(client, someoneElse, 'plan', plans[0].id)

    const res = await client.get(`${API}/reports`).bearerToken(reporter.token)
    res.assertStatus(200)
    assert.deepEqual(
      res.body().data.map((r: ReportBody) => r.id),
      mine.map((r) => r.id).reverse()
    )
    assert.containsSubset(res.body().meta, { total: 3, page: 1 })

    const closed = await client
      .get(`${API}/reports`)
      .qs({ status: 'resolved' })
      .bearerToken(reporter.token)
    closed.assertStatus(200)
    assert.lengthOf(closed.body().data, 0)
    const invalid = await client
      .get(`${API}/reports`)
      .qs({ status: 'sleeping' })
      .bearerToken(reporter.token)
    invalid.assertStatus(422)
  })

  test('the reporter sees the outcome once an admin resolves or dismisses', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const reporter = await actor('shopper')
    const upheld = await report(client, reporter, 'plan', (await planFor(owner.user)).id, 'spam')
    const rejected = await report(client, reporter, 'plan', (await planFor(owner.user)).id, 'other')

    ;(
      await resolve(client, admin, upheld.id, 'hide', upheld.version, 'Spam links removed')
    ).assertStatus(200)
    ;(
      await dismiss(client, admin, rejected.id, rejected.version, 'Nothing wrong here')
    ).assertStatus(200)

    const res = await client.get(`${API}/reports`).bearerToken(reporter.token)
    res.assertStatus(200)
    const byId = new Map<number, ReportBody>(res.body().data.map((r: ReportBody) => [r.id, r]))
    assert.containsSubset(byId.get(upheld.id), {
      status: 'resolved',
      action: 'hide',
      resolutionNote: 'Spam links removed',
    })
    assert.isNotNull(byId.get(upheld.id)!.resolvedAt)
    assert.containsSubset(byId.get(rejected.id), {
      status: 'dismissed',
      action: null,
      resolutionNote: 'Nothing wrong here',
    })

    const resolved = await client
      .get(`${API}/reports`)
      .qs({ status: 'resolved' })
      .bearerToken(reporter.token)
    assert.deepEqual(
      resolved.body().data.map((r: ReportBody) => r.id),
      [upheld.id]
    )
    assert.equal((await current(client, admin, upheld.id)).status, 'resolved')
  })
})

/**
 * Outside the global transaction (which would run the two requests one after
 * the other): the rows are committed, then removed.
 */
test.group('moderation / filing reports concurrently', () => {
  test('the same report sent twice at once: one 201, one 409 E_ALREADY_REPORTED, one row', async ({
    client,
    assert,
    cleanup,
  }) => {
    const owner = await actor('influencer')
    const reporter = await actor('shopper')
    const plan = await planFor(owner.user)
    cleanup(async () => {
      await db.from('reports').where({ target_type: 'plan', target_id: plan.id }).delete()
      await User.query().whereIn('id', [owner.user.id, reporter.user.id]).delete()
    })

    for (let round = 0; round < 3; round++) {
      const responses = await Promise.all(
        [1, 2].map(() =>
          fileReport(client, reporter, { targetType: 'plan', targetId: plan.id, reason: 'spam' })
        )
      )
      const statuses = responses.map((res) => res.status()).sort()
      assert.deepEqual(statuses, [201, 409], `round ${round}`)
      const refused = responses.find((res) => res.status() === 409)!
      assert.equal(firstError(refused.body())?.code, 'E_ALREADY_REPORTED')
      const open = await db
        .from('reports')
        .where({ reporter_id: reporter.user.id, target_type: 'plan', target_id: plan.id })
        .whereIn('status', ['open', 'claimed'])
      assert.lengthOf(open, 1)
      // Close it so the next round races on a fresh slot.
      await db
        .from('reports')
        .where('id', open[0].id)
        .update({ status: 'dismissed', resolved_at: sqlNow() })
    }
  }).timeout(20_000)
})
