import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Campaign from '#models/campaign'
import Message from '#models/message'
import Report from '#models/report'
import SkillPlan from '#models/skill_plan'
import User from '#models/user'
import ActivityService from '#services/community/activity_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'
import { campaignFor, marker } from '#tests/support/marketplace'
import { sqlNow, sqlTime } from '#platform/db/time'
import {
  API,
  claim,
  contentOf,
  conversationOf,
  createRule,
  current,
  dismiss,
  firstError,
  isHidden,
  MODERATION,
  report,
  resolve,
  type Actor,
  type ReportBody,
} from '#tests/support/moderation'

const credibilityOf = async (user: User) => (await User.findOrFail(user.id)).credibility

const browseIds = async (client: ApiClient, who: Actor, niche: string) => {
  const res = await client
    .get(`${API}/campaigns`)
    .qs({ niche, perPage: 100 })
    .bearerToken(who.token)
  res.assertStatus(200)
  return res.body().data.map((c: { id: number }) => c.id) as number[]
}

const auditRows = async (client: ApiClient, admin: Actor, qs: Record<string, string | number>) => {
  const res = await client
    .get(`${API}/admin/audit-logs`)
    .qs({ perPage: 100, ...qs })
    .bearerToken(admin.token)
  res.assertStatus(200)
  return res.body().data as {
    actorId: number | null
    action: string
    targetType: string
    targetId: string
    details: Record<string, any>
  }[]
}

test.group('moderation / resolving', (group) => {
  isolate(group)

  test('hide on a campaign: flagged, gone from browsing and from its page for outsiders; every open report on it closes', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    const campaign = await campaignFor(brand.user, { niche })
    const untouched = await campaignFor(brand.user, { niche })
    assert.sameMembers(await browseIds(client, creator, niche), [campaign.id, untouched.id])

    const reporters = [await actor('influencer'), await actor('shopper'), await actor('sponsor')]
    const reports = []
    for (const reporter of reporters)
      reports.push(await report(client, reporter, 'campaign', campaign.id, 'fraud'))
    const elsewhere = await report(client, reporters[0], 'campaign', untouched.id, 'spam')

    const claimed = (await claim(client, admin, reports[1].id)).body().data as ReportBody
    const res = await resolve(client, admin, claimed.id, 'hide', claimed.version, 'Fake brand')
    res.assertStatus(200)
    assert.containsSubset(res.body().data, {
      status: 'resolved',
      action: 'hide',
      resolutionNote: 'Fake brand',
      claimedBy: admin.user.id,
      version: claimed.version + 1,
    })

    assert.isNotNull((await Campaign.findOrFail(campaign.id)).flaggedAt)
    assert.deepEqual(await browseIds(client, creator, niche), [untouched.id])
    ;(await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(creator.token)).assertStatus(
      404
    )
    ;(await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(brand.token)).assertStatus(
      200
    )

    for (const filed of reports)
      assert.containsSubset(await current(client, admin, filed.id), {
        status: 'resolved',
        action: 'hide',
      })
    assert.equal((await current(client, admin, elsewhere.id)).status, 'open')
  })

  test('hide on a chat message: gone from the conversation for both parties', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const conversation = await conversationOf(brand.user, creator.user)
    const kept = await Message.create({
      conversationId: conversation.id,
      senderId: creator.user.id,
      body: 'Hello!',
      adRequestId: null,
    })
    const bad = await Message.create({
      conversationId: conversation.id,
      senderId: brand.user.id,
      body: 'Wire me a deposit first',
      adRequestId: null,
    })

    const filed = await report(client, creator, 'message', bad.id, 'fraud')
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)

    assert.isTrue(await isHidden('message', bad.id))
    for (const who of [brand, creator]) {
      const res = await client
        .get(`${API}/conversations/${conversation.id}/messages`)
        .bearerToken(who.token)
      res.assertStatus(200)
      assert.deepEqual(
        res.body().data.map((m: { id: number }) => m.id),
        [kept.id]
      )
    }
  })

  test("hide on a plan: it opens for nobody but its owner and admins, and leaves the owner's public list", async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const plan = await planFor(owner.user)
    const other = await planFor(owner.user)
    // Warm the cached plan detail first: hiding must not leave it served.
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)).assertStatus(200)

    const filed = await report(client, viewer, 'plan', plan.id, 'inappropriate')
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)

    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)).assertStatus(404)
    const list = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((p: { id: number }) => p.id),
      [other.id]
    )
    const own = await client.get(`${API}/plans/${plan.id}`).bearerToken(owner.token)
    own.assertStatus(200)
    assert.isTrue(own.body().data.hidden)
  })

  test('hide on a comment, a custom task and a product sets their hidden_at', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('sponsor')
    const reporter = await actor('shopper')
    for (const type of ['comment', 'custom_task', 'product'] as const) {
      const id = await contentOf(type, owner.user)
      const filed = await report(client, reporter, type, id, 'spam')
      assert.isFalse(await isHidden(type, id))
      ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
      assert.isTrue(await isHidden(type, id), type)
    }
  })

  test('warn records a warning to the owner and leaves the content up', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const filed = await report(client, await actor('shopper'), 'plan', plan.id, 'spam')
    const res = await resolve(
      client,
      admin,
      filed.id,
      'warn',
      filed.version,
      'Please stop posting referral links'
    )
    res.assertStatus(200)
    assert.equal(res.body().data.action, 'warn')

    const warnings = await db.from('user_warnings').where('user_id', owner.user.id)
    assert.lengthOf(warnings, 1)
    assert.containsSubset(warnings[0], {
      report_id: filed.id,
      issued_by: admin.user.id,
      message: 'Please stop posting referral links',
    })
    assert.isFalse(await isHidden('plan', plan.id))
    assert.isNull((await User.findOrFail(owner.user.id)).blockedAt)

    // Without a note the warning says what was reported.
    const second = await report(client, await actor('shopper'), 'user', owner.user.id, 'abuse')
    ;(await resolve(client, admin, second.id, 'warn', second.version)).assertStatus(200)
    const latest = await db.from('user_warnings').where('report_id', second.id).firstOrFail()
    assert.equal(latest.message, 'Your user was reported for abuse')
  })

  test('block blocks the owner: their token gets 401, refresh fails, and the directory drops them at once', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const name = `Zed ${marker()}`
    const owner = await actor('influencer', { fullName: name })
    const plan = await planFor(owner.user)
    const directory = async () => {
      const res = await client.get(`${API}/influencers`).qs({ q: name }).bearerToken(brand.token)
      res.assertStatus(200)
      return res.body().data.map((u: { id: number }) => u.id) as number[]
    }
    assert.deepEqual(await directory(), [owner.user.id])
    ;(await client.get(`${API}/auth/me`).bearerToken(owner.token)).assertStatus(200)

    const filed = await report(client, await actor('shopper'), 'plan', plan.id, 'fraud')
    ;(await resolve(client, admin, filed.id, 'block', filed.version, 'Scam ring')).assertStatus(200)

    const blocked = await User.findOrFail(owner.user.id)
    assert.isNotNull(blocked.blockedAt)
    assert.equal(blocked.blockReason, 'Scam ring')
    ;(await client.get(`${API}/auth/me`).bearerToken(owner.token)).assertStatus(401)
    ;(
      await client.post(`${API}/auth/refresh`).json({ refreshToken: owner.tokens.refreshToken })
    ).assertStatus(401)
    assert.deepEqual(await directory(), [])
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(brand.token)).assertStatus(404)
  })

  test('hide on a user report blocks the account; none resolves without touching anything', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const target = await actor('shopper')
    const filed = await report(client, await actor('shopper'), 'user', target.user.id, 'abuse')
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    assert.isNotNull((await User.findOrFail(target.user.id)).blockedAt)
    ;(await client.get(`${API}/reports`).bearerToken(target.token)).assertStatus(401)

    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const upheld = await report(client, await actor('shopper'), 'plan', plan.id)
    const res = await resolve(client, admin, upheld.id, 'none', upheld.version)
    res.assertStatus(200)
    assert.containsSubset(res.body().data, { status: 'resolved', action: 'none' })
    assert.isFalse(await isHidden('plan', plan.id))
    assert.isNull((await User.findOrFail(owner.user.id)).blockedAt)
  })

  test('a stale version is a 409 E_STALE_VERSION and changes nothing', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const filed = await report(client, await actor('shopper'), 'plan', plan.id)
    const claimed = (await claim(client, admin, filed.id)).body().data as ReportBody

    const stale = await resolve(client, admin, filed.id, 'hide', filed.version)
    stale.assertStatus(409)
    assert.equal(firstError(stale.body())?.code, 'E_STALE_VERSION')
    const staleDismiss = await dismiss(client, admin, filed.id, filed.version)
    staleDismiss.assertStatus(409)
    assert.equal(firstError(staleDismiss.body())?.code, 'E_STALE_VERSION')
    assert.isFalse(await isHidden('plan', plan.id))
    assert.containsSubset(await current(client, admin, filed.id), {
      status: 'claimed',
      version: claimed.version,
    })

    ;(await resolve(client, admin, filed.id, 'hide', claimed.version)).assertStatus(200)
    const closed = await resolve(client, admin, filed.id, 'hide', claimed.version + 1)
    closed.assertStatus(409)
    assert.equal(firstError(closed.body())?.code, 'E_REPORT_CLOSED')
  })

  test('decisions validate their body and 404 on an unknown report', async ({ client, assert }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      (await planFor(owner.user)).id
    )
    const noVersion = await client
      .post(`${MODERATION}/reports/${filed.id}/resolve`)
      .bearerToken(admin.token)
      .json({ action: 'hide' })
    noVersion.assertStatus(422)
    assert.equal(firstError(noVersion.body())?.field, 'version')
    const badAction = await resolve(client, admin, filed.id, 'delete', filed.version)
    badAction.assertStatus(422)
    assert.equal(firstError(badAction.body())?.field, 'action')
    ;(await resolve(client, admin, 2_000_000_000, 'hide', 1)).assertStatus(404)
    ;(await dismiss(client, admin, 2_000_000_000, 1)).assertStatus(404)
    assert.equal((await current(client, admin, filed.id)).status, 'open')
  })
})

test.group('moderation / dismissing restores nothing', (group) => {
  isolate(group)

  test('content hidden by an auto rule stays hidden after every report on it is dismissed', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['guaranteed returns'],
      action: 'hide',
      targetTypes: ['campaign'],
    })
    const created = await client
      .post(`${API}/campaigns`)
      .bearerToken(brand.token)
      .json({
        name: 'Crypto push',
        description: 'Promote our coin with guaranteed returns',
        niche,
        goals: ['sales'],
        budget: 5000,
        startDate: '2030-01-01',
        endDate: '2030-02-01',
        visibility: 'public',
        status: 'active',
      })
    created.assertStatus(201)
    const campaignId = created.body().data.id as number
    assert.isTrue(await isHidden('campaign', campaignId))

    const reporter = await actor('shopper')
    const byUser = await report(client, reporter, 'campaign', campaignId, 'fraud')
    const automatic = await Report.query()
      .where({ target_type: 'campaign', target_id: campaignId })
      .whereNull('reporter_id')
      .firstOrFail()

    ;(await dismiss(client, admin, byUser.id, byUser.version, 'Looks fine')).assertStatus(200)
    assert.isTrue(await isHidden('campaign', campaignId))
    assert.equal(
      (await current(client, admin, automatic.id)).status,
      'open',
      'dismissing touches only that report'
    )
    ;(await dismiss(client, admin, automatic.id, automatic.version)).assertStatus(200)

    assert.isTrue(await isHidden('campaign', campaignId))
    assert.deepEqual(await browseIds(client, creator, niche), [])
    assert.equal(await credibilityOf(reporter.user), 45)
  })

  test('a resolved report hides the content everywhere; a dismissed sibling elsewhere changes nothing', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const plan = await planFor(owner.user)
    const filed = await report(client, viewer, 'plan', plan.id, 'abuse')
    const other = await report(client, await actor('shopper'), 'plan', plan.id, 'other')
    ;(await dismiss(client, admin, other.id, other.version)).assertStatus(200)
    assert.isFalse(await isHidden('plan', plan.id))
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)).assertStatus(200)

    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    assert.isNotNull((await SkillPlan.findOrFail(plan.id)).hiddenAt)
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)).assertStatus(404)
    const list = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token)
    assert.deepEqual(list.body().data, [])
    // The dismissed report stays dismissed.
    assert.equal((await current(client, admin, other.id)).status, 'dismissed')
  })
})

test.group('moderation / hidden content leaves every public read', (group) => {
  isolate(group)

  test("a plan hidden by a resolved report leaves cached search, trending, the global feed and its owner's list at once; restore brings it back", async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const word = marker()
    const plan = await planFor(owner.user, { title: `Morning ${word} routine` })
    await db.from('skill_plans').where('id', plan.id).update({ trending_score: 1_000_000 })
    const activity = await new ActivityService().record({
      actorId: owner.user.id,
      verb: 'plan.created',
      subjectType: 'plan',
      subjectId: plan.id,
      planId: plan.id,
      data: { title: plan.title },
    })

    const reads = {
      search: async () =>
        (await client.get(`${API}/plans/search`).qs({ q: word }).bearerToken(viewer.token))
          .body()
          .data.map((p: { id: number }) => p.id),
      trending: async () =>
        (await client.get(`${API}/plans/trending`).qs({ perPage: 100 }).bearerToken(viewer.token))
          .body()
          .data.map((p: { id: number }) => p.id),
      globalFeed: async () =>
        (await client.get(`${API}/feed/global`).qs({ limit: 100 }).bearerToken(viewer.token))
          .body()
          .data.map((a: { id: number }) => a.id),
      ownerList: async () =>
        (await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token))
          .body()
          .data.map((p: { id: number }) => p.id),
    }
    const seen = async () => ({
      search: (await reads.search()).includes(plan.id),
      trending: (await reads.trending()).includes(plan.id),
      globalFeed: (await reads.globalFeed()).includes(activity.id),
      ownerList: (await reads.ownerList()).includes(plan.id),
    })
    const everywhere = { search: true, trending: true, globalFeed: true, ownerList: true }
    const nowhere = { search: false, trending: false, globalFeed: false, ownerList: false }
    // Twice: the second round is served from the cache, which the hide must not leave stale.
    assert.deepEqual(await seen(), everywhere)
    assert.deepEqual(await seen(), everywhere)

    const filed = await report(client, viewer, 'plan', plan.id, 'abuse')
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    assert.deepEqual(await seen(), nowhere)

    ;(
      await client.post(`${MODERATION}/content/plan/${plan.id}/restore`).bearerToken(admin.token)
    ).assertStatus(204)
    assert.deepEqual(await seen(), everywhere)
  })

  test('a campaign hidden by a resolved report leaves cached browsing and its page for influencers', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    const campaign = await campaignFor(brand.user, { niche })
    assert.deepEqual(await browseIds(client, creator, niche), [campaign.id])
    assert.deepEqual(await browseIds(client, creator, niche), [campaign.id])
    ;(await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(creator.token)).assertStatus(
      200
    )

    const filed = await report(client, creator, 'campaign', campaign.id, 'fraud')
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    assert.deepEqual(await browseIds(client, creator, niche), [])
    ;(await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(creator.token)).assertStatus(
      404
    )
  })
})

test.group('moderation / bulk decisions', (group) => {
  isolate(group)

  test('bulk resolve acts on what it can and reports every skipped item', async ({
    client,
    assert,
  }) => {
    const [admin, colleague] = [await actor('admin'), await actor('admin')]
    const owner = await actor('influencer')
    const reporter = await actor('shopper')
    const plans = [
      await planFor(owner.user),
      await planFor(owner.user),
      await planFor(owner.user),
      await planFor(owner.user),
      await planFor(owner.user),
    ]
    const open = [
      await report(client, reporter, 'plan', plans[0].id),
      await report(client, reporter, 'plan', plans[1].id),
    ]
    const held = await report(client, reporter, 'plan', plans[2].id)
    ;(await claim(client, colleague, held.id)).assertStatus(200)
    const closed = await report(client, reporter, 'plan', plans[3].id)
    ;(await dismiss(client, admin, closed.id, closed.version)).assertStatus(200)
    const mine = await report(client, reporter, 'plan', plans[4].id)
    ;(await claim(client, admin, mine.id)).assertStatus(200)

    const res = await client
      .post(`${MODERATION}/reports/bulk`)
      .bearerToken(admin.token)
      .json({
        ids: [open[0].id, held.id, open[1].id, closed.id, 2_000_000_000, mine.id],
        operation: 'resolve',
        action: 'hide',
        note: 'Spam wave',
      })
    res.assertStatus(200)
    const { done, skipped } = res.body().data
    assert.deepEqual(done, [open[0].id, open[1].id, mine.id])
    assert.deepEqual(
      skipped.map((s: { id: number; code: string }) => [s.id, s.code]),
      [
        [held.id, 'E_REPORT_UNAVAILABLE'],
        [closed.id, 'E_REPORT_CLOSED'],
        [2_000_000_000, 'E_NOT_FOUND'],
      ]
    )
    for (const i of [0, 1, 4]) assert.isTrue(await isHidden('plan', plans[i].id))
    for (const i of [2, 3]) assert.isFalse(await isHidden('plan', plans[i].id))
    assert.containsSubset(await current(client, admin, open[0].id), {
      status: 'resolved',
      action: 'hide',
      resolutionNote: 'Spam wave',
    })
    assert.equal((await current(client, admin, held.id)).status, 'claimed')
    assert.lengthOf(
      await db
        .from('audit_logs')
        .where('action', 'moderation.resolve')
        .where('actor_id', admin.user.id),
      3
    )
  })

  test('bulk dismiss closes each report alone and restores nothing', async ({ client, assert }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    await db.from('skill_plans').where('id', plan.id).update({ hidden_at: sqlNow() })
    const reporters = [await actor('shopper'), await actor('shopper')]
    const filed = [
      await report(client, reporters[0], 'plan', plan.id),
      await report(client, reporters[1], 'plan', plan.id),
    ]
    const keep = await report(client, await actor('shopper'), 'plan', plan.id)

    const res = await client
      .post(`${MODERATION}/reports/bulk`)
      .bearerToken(admin.token)
      .json({ ids: filed.map((r) => r.id), operation: 'dismiss' })
    res.assertStatus(200)
    assert.deepEqual(res.body().data, { done: filed.map((r) => r.id), skipped: [] })
    for (const r of filed)
      assert.containsSubset(await current(client, admin, r.id), {
        status: 'dismissed',
        action: null,
      })
    assert.equal((await current(client, admin, keep.id)).status, 'open')
    assert.isTrue(await isHidden('plan', plan.id))
    for (const reporter of reporters) assert.equal(await credibilityOf(reporter.user), 45)
  })

  test('bulk input is validated', async ({ client, assert }) => {
    const admin = await actor('admin')
    for (const body of [
      { ids: [], operation: 'resolve' },
      { ids: [1, 1], operation: 'resolve' },
      { ids: [1], operation: 'archive' },
      { ids: [1], operation: 'resolve', action: 'nuke' },
    ]) {
      const res = await client
        .post(`${MODERATION}/reports/bulk`)
        .bearerToken(admin.token)
        .json(body)
      res.assertStatus(422)
      assert.isDefined(firstError(res.body())?.field)
    }
  })
})

test.group('moderation / restore', (group) => {
  isolate(group)

  test('restore brings hidden content back everywhere; 409 E_NOT_HIDDEN when it is not hidden', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const plan = await planFor(owner.user)
    const filed = await report(client, viewer, 'plan', plan.id)
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)).assertStatus(404)

    const res = await client
      .post(`${MODERATION}/content/plan/${plan.id}/restore`)
      .bearerToken(admin.token)
    res.assertStatus(204)
    assert.isFalse(await isHidden('plan', plan.id))
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)).assertStatus(200)
    const list = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token)
    assert.deepEqual(
      list.body().data.map((p: { id: number }) => p.id),
      [plan.id]
    )

    const again = await client
      .post(`${MODERATION}/content/plan/${plan.id}/restore`)
      .bearerToken(admin.token)
    again.assertStatus(409)
    assert.equal(firstError(again.body())?.code, 'E_NOT_HIDDEN')
    assert.equal((await current(client, admin, filed.id)).status, 'resolved')
  })

  test('restore brings a hidden campaign back to browsing and unblocks a blocked account', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    const campaign = await campaignFor(brand.user, { niche })
    const filed = await report(client, creator, 'campaign', campaign.id, 'spam')
    ;(await resolve(client, admin, filed.id, 'hide', filed.version)).assertStatus(200)
    assert.deepEqual(await browseIds(client, creator, niche), [])
    ;(
      await client
        .post(`${MODERATION}/content/campaign/${campaign.id}/restore`)
        .bearerToken(admin.token)
    ).assertStatus(204)
    assert.deepEqual(await browseIds(client, creator, niche), [campaign.id])

    const person = await actor('shopper')
    const onUser = await report(client, creator, 'user', person.user.id, 'abuse')
    ;(await resolve(client, admin, onUser.id, 'block', onUser.version)).assertStatus(200)
    assert.isTrue(await isHidden('user', person.user.id))
    ;(
      await client
        .post(`${MODERATION}/content/user/${person.user.id}/restore`)
        .bearerToken(admin.token)
    ).assertStatus(204)
    assert.isNull((await User.findOrFail(person.user.id)).blockedAt)
  })

  test('restore answers 404 for an unknown type or unknown content', async ({ client }) => {
    const admin = await actor('admin')
    ;(
      await client.post(`${MODERATION}/content/video/1/restore`).bearerToken(admin.token)
    ).assertStatus(404)
    ;(
      await client.post(`${MODERATION}/content/plan/2000000000/restore`).bearerToken(admin.token)
    ).assertStatus(404)
  })
})

test.group('moderation / reporter credibility', (group) => {
  isolate(group)

  test('+5 for every reporter when a report is upheld, -5 when dismissed', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const reporters = [await actor('shopper'), await actor('shopper')]
    const filed = [
      await report(client, reporters[0], 'plan', plan.id),
      await report(client, reporters[1], 'plan', plan.id),
    ]
    ;(await resolve(client, admin, filed[0].id, 'warn', filed[0].version)).assertStatus(200)
    for (const reporter of reporters) assert.equal(await credibilityOf(reporter.user), 55)

    const noise = await report(client, reporters[0], 'plan', (await planFor(owner.user)).id)
    ;(await dismiss(client, admin, noise.id, noise.version)).assertStatus(200)
    assert.equal(await credibilityOf(reporters[0].user), 50)
    assert.equal(await credibilityOf(reporters[1].user), 55)
  })

  test('credibility stays within 0–100', async ({ client, assert }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const trusted = await actor('shopper')
    const noisy = await actor('shopper')
    await User.query().where('id', trusted.user.id).update({ credibility: 98 })
    await User.query().where('id', noisy.user.id).update({ credibility: 3 })

    const upheld = await report(client, trusted, 'plan', (await planFor(owner.user)).id)
    ;(await resolve(client, admin, upheld.id, 'none', upheld.version)).assertStatus(200)
    assert.equal(await credibilityOf(trusted.user), 100)
    const again = await report(client, trusted, 'plan', (await planFor(owner.user)).id)
    ;(await resolve(client, admin, again.id, 'none', again.version)).assertStatus(200)
    assert.equal(await credibilityOf(trusted.user), 100)

    const dismissed = await report(client, noisy, 'plan', (await planFor(owner.user)).id)
    ;(await dismiss(client, admin, dismissed.id, dismissed.version)).assertStatus(200)
    assert.equal(await credibilityOf(noisy.user), 0)
    const more = await report(client, noisy, 'plan', (await planFor(owner.user)).id)
    ;(await dismiss(client, admin, more.id, more.version)).assertStatus(200)
    assert.equal(await credibilityOf(noisy.user), 0)
  })
})

test.group('moderation / audit log', (group) => {
  isolate(group)

  test('claims, resolutions, dismissals, restores and rule changes are audit-logged', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const filed = await report(client, await actor('shopper'), 'plan', plan.id)
    const claimed = (await claim(client, admin, filed.id)).body().data as ReportBody
    ;(await resolve(client, admin, filed.id, 'hide', claimed.version, 'Spam')).assertStatus(200)
    ;(
      await client.post(`${MODERATION}/content/plan/${plan.id}/restore`).bearerToken(admin.token)
    ).assertStatus(204)
    const noise = await report(client, await actor('shopper'), 'user', owner.user.id)
    ;(await dismiss(client, admin, noise.id, noise.version, 'Not a problem')).assertStatus(200)

    const rule = await createRule(client, admin, {
      name: 'No pills',
      kind: 'keyword',
      keywords: ['pills'],
      action: 'flag',
    })
    ;(
      await client
        .patch(`${MODERATION}/rules/${rule.id}`)
        .bearerToken(admin.token)
        .json({ keywords: ['pills', 'meds'] })
    ).assertStatus(200)
    ;(
      await client
        .patch(`${MODERATION}/rules/${rule.id}`)
        .bearerToken(admin.token)
        .json({ enabled: false })
    ).assertStatus(200)
    ;(await client.delete(`${MODERATION}/rules/${rule.id}`).bearerToken(admin.token)).assertStatus(
      204
    )

    const [resolved] = await auditRows(client, admin, {
      action: 'moderation.resolve',
      actorId: admin.user.id,
    })
    assert.containsSubset(resolved, {
      actorId: admin.user.id,
      targetType: 'plan',
      targetId: String(plan.id),
      details: { reportId: filed.id, action: 'hide', note: 'Spam' },
    })
    const expected: [string, string, string][] = [
      ['moderation.claim', 'report', String(filed.id)],
      ['moderation.restore', 'plan', String(plan.id)],
      ['moderation.dismiss', 'user', String(owner.user.id)],
      ['moderation.rule.create', 'rule', String(rule.id)],
      ['moderation.rule.update', 'rule', String(rule.id)],
      ['moderation.rule.disable', 'rule', String(rule.id)],
      ['moderation.rule.delete', 'rule', String(rule.id)],
    ]
    for (const [action, targetType, targetId] of expected) {
      const rows = await auditRows(client, admin, { action, actorId: admin.user.id })
      assert.lengthOf(rows, 1, action)
      assert.containsSubset(rows[0], { targetType, targetId }, action)
    }
  })

  test('what an auto-moderation rule does is audit-logged without an actor', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const rule = await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['wire transfer only'],
      action: 'hide',
    })
    const created = await client.post(`${API}/campaigns`).bearerToken(brand.token).json({
      name: 'Deal',
      description: 'Payment by wire transfer only',
      niche: marker(),
      budget: 5000,
      startDate: '2030-01-01',
      endDate: '2030-02-01',
    })
    created.assertStatus(201)
    const rows = await auditRows(client, admin, {
      action: 'moderation.auto.hide',
      targetType: 'campaign',
      targetId: String(created.body().data.id),
    })
    assert.lengthOf(rows, 1)
    assert.containsSubset(rows[0], {
      actorId: null,
      details: { ruleId: rule.id, ownerId: brand.user.id },
    })
  })
})

test.group('moderation / stats', (group) => {
  isolate(group)

  test('open reports by type and reason, actions taken and median time to resolution match the fixtures', async ({
    client,
    assert,
  }) => {
    // Start from an empty reports table (inside this test's rolled-back transaction).
    await db.from('reports').delete()
    const admin = await actor('admin')
    const owner = await actor('sponsor')
    const reporter = await actor('shopper')
    const plans = [
      await planFor(owner.user),
      await planFor(owner.user),
      await planFor(owner.user),
      await planFor(owner.user),
      await planFor(owner.user),
    ]
    const campaign = await campaignFor(owner.user)

    // Open: 2 plan/spam, 1 campaign/fraud, 1 user/abuse (claimed).
    await report(client, reporter, 'plan', plans[0].id, 'spam')
    await report(client, reporter, 'plan', plans[1].id, 'spam')
    await report(client, reporter, 'campaign', campaign.id, 'fraud')
    const onUser = await report(client, reporter, 'user', owner.user.id, 'abuse')
    ;(await claim(client, admin, onUser.id)).assertStatus(200)

    // Closed after 10, 20 and 30 minutes: hide, dismissal, warn.
    const closed: [number, string, number][] = [
      [10, 'hide', plans[2].id],
      [20, 'dismiss', plans[3].id],
      [30, 'warn', plans[4].id],
    ]
    for (const [minutes, decision, planId] of closed) {
      const filed = await report(client, reporter, 'plan', planId, 'other')
      await db
        .from('reports')
        .where('id', filed.id)
        .update({ created_at: sqlTime(DateTime.utc().minus({ minutes })) })
      const res =
        decision === 'dismiss'
          ? await dismiss(client, admin, filed.id, filed.version)
          : await resolve(client, admin, filed.id, decision, filed.version)
      res.assertStatus(200)
    }

    const res = await client.get(`${MODERATION}/stats`).bearerToken(admin.token)
    res.assertStatus(200)
    const stats = res.body().data
    assert.deepEqual(stats.open, {
      total: 4,
      byType: { plan: 2, campaign: 1, user: 1 },
      byReason: { spam: 2, fraud: 1, abuse: 1 },
    })
    assert.deepEqual(stats.actions, { hide: 1, warn: 1, dismissed: 1 })
    assert.closeTo(stats.medianResolutionMinutes, 20, 0.5)
  })

  test('an empty queue has zero counts and no median', async ({ client, assert }) => {
    await db.from('reports').delete()
    const admin = await actor('admin')
    const res = await client.get(`${MODERATION}/stats`).bearerToken(admin.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data, {
      open: { total: 0, byType: {}, byReason: {} },
      actions: { dismissed: 0 },
      medianResolutionMinutes: null,
    })
  })
})
