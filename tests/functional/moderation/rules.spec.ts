import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Campaign from '#models/campaign'
import Comment from '#models/comment'
import Message from '#models/message'
import ModerationRule from '#models/moderation_rule'
import Notification from '#models/notification'
import Report from '#models/report'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'
import { campaignBody, campaignFor, marker } from '#tests/support/marketplace'
import {
  API,
  conversationOf,
  createRule,
  firstError,
  isHidden,
  MODERATION,
  queue,
  report,
  type Actor,
  type ReportBody,
} from '#tests/support/moderation'
import { sqlTime } from '#platform/db/time'

const createCampaign = (client: ApiClient, brand: Actor, overrides: Record<string, unknown>) =>
  client.post(`${API}/campaigns`).bearerToken(brand.token).json(campaignBody(overrides))

const browseIds = async (client: ApiClient, who: Actor, niche: string) => {
  const res = await client.get(`${API}/campaigns`).qs({ niche }).bearerToken(who.token)
  res.assertStatus(200)
  return res.body().data.map((c: { id: number }) => c.id) as number[]
}

const automaticReportsOn = (type: string, id: number) =>
  Report.query().where({ target_type: type, target_id: id }).whereNull('reporter_id')

const sendMessage = (client: ApiClient, who: Actor, conversationId: number, body: string) =>
  client
    .post(`${API}/conversations/${conversationId}/messages`)
    .bearerToken(who.token)
    .json({ body })

test.group('moderation / rules: management and validation', (group) => {
  isolate(group)

  test('admins create, list, change, disable and delete rules', async ({ client, assert }) => {
    const admin = await actor('admin')
    const keyword = await createRule(client, admin, {
      name: 'Pills',
      kind: 'keyword',
      keywords: ['cheap pills', 'casino'],
      targetTypes: ['comment', 'campaign'],
      action: 'hide',
    })
    assert.containsSubset(keyword, { kind: 'keyword', action: 'hide', enabled: true })
    const regex = await createRule(client, admin, {
      name: 'Off-platform',
      kind: 'regex',
      pattern: '\\b(?:whats ?app|telegram)\\b',
      action: 'flag',
    })
    const threshold = await createRule(client, admin, {
      name: 'Pile-on',
      kind: 'threshold',
      thresholdCount: 3,
      thresholdMinutes: 60,
      action: 'hide',
    })

    const list = await client.get(`${MODERATION}/rules`).bearerToken(admin.token)
    list.assertStatus(200)
    const listed = list
      .body()
      .data.filter((r: { id: number }) => [keyword.id, regex.id, threshold.id].includes(r.id))
    assert.deepEqual(
      listed.map((r: { id: number }) => r.id),
      [keyword.id, regex.id, threshold.id]
    )
    assert.containsSubset(listed[0], {
      name: 'Pills',
      keywords: ['cheap pills', 'casino'],
      pattern: null,
      targetTypes: ['comment', 'campaign'],
      thresholdCount: null,
    })
    assert.containsSubset(listed[1], {
      pattern: '\\b(?:whats ?app|telegram)\\b',
      keywords: [],
      targetTypes: [],
    })
    assert.containsSubset(listed[2], { thresholdCount: 3, thresholdMinutes: 60 })

    const changed = await client
      .patch(`${MODERATION}/rules/${keyword.id}`)
      .bearerToken(admin.token)
      .json({ keywords: ['casino'], action: 'block' })
    changed.assertStatus(200)
    assert.containsSubset(changed.body().data, {
      keywords: ['casino'],
      action: 'block',
      enabled: true,
    })
    const disabled = await client
      .patch(`${MODERATION}/rules/${regex.id}`)
      .bearerToken(admin.token)
      .json({ enabled: false })
    disabled.assertStatus(200)
    assert.isFalse(disabled.body().data.enabled)

    ;(
      await client.delete(`${MODERATION}/rules/${threshold.id}`).bearerToken(admin.token)
    ).assertStatus(204)
    assert.isNull(await ModerationRule.find(threshold.id))
    ;(
      await client.delete(`${MODERATION}/rules/${threshold.id}`).bearerToken(admin.token)
    ).assertStatus(404)
    ;(
      await client
        .patch(`${MODERATION}/rules/${threshold.id}`)
        .bearerToken(admin.token)
        .json({ enabled: true })
    ).assertStatus(404)
  })

  test('each kind needs its own settings (422 on the missing field)', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'keyword', action: 'hide' }, 'keywords'],
      [{ kind: 'keyword', keywords: [], action: 'hide' }, 'keywords'],
      [{ kind: 'regex', action: 'hide' }, 'pattern'],
      [{ kind: 'threshold', thresholdMinutes: 10, action: 'hide' }, 'thresholdCount'],
      [{ kind: 'threshold', thresholdCount: 3, action: 'hide' }, 'thresholdMinutes'],
      [
        { kind: 'threshold', thresholdCount: 1, thresholdMinutes: 10, action: 'hide' },
        'thresholdCount',
      ],
      [{ kind: 'keyword', keywords: ['spam'], action: 'delete' }, 'action'],
      [{ kind: 'magic', keywords: ['spam'], action: 'hide' }, 'kind'],
      [
        { kind: 'keyword', keywords: ['spam'], targetTypes: ['video'], action: 'hide' },
        'targetTypes.0',
      ],
    ]
    for (const [body, field] of cases) {
      const res = await client
        .post(`${MODERATION}/rules`)
        .bearerToken(admin.token)
        .json({ name: 'Invalid', ...body })
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, field, JSON.stringify(body))
    }
    assert.lengthOf(await ModerationRule.query().where('name', 'Invalid'), 0)
  })

  test('catastrophic regular expressions are refused with 422 E_UNSAFE_REGEX on pattern', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    for (const pattern of [
      '(a+)+$',
      '(a|aa)*b',
      '(\\w+\\s?)*$',
      '(.*a){12}',
      '(x)\\1',
      '(?=cheap)\\w+',
      '.*.*=.*',
      '\\w+\\s*\\w+z',
    ]) {
      const res = await client
        .post(`${MODERATION}/rules`)
        .bearerToken(admin.token)
        .json({ name: 'Unsafe', kind: 'regex', pattern, action: 'hide' })
      res.assertStatus(422)
      assert.containsSubset(
        firstError(res.body()),
        { code: 'E_UNSAFE_REGEX', field: 'pattern' },
        pattern
      )
    }
    assert.lengthOf(await ModerationRule.query().where('name', 'Unsafe'), 0)
  }).timeout(20_000)

  test('invalid syntax is a 422 on pattern; ordinary patterns, grouped ones included, are accepted', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    for (const pattern of ['(unclosed', '[z-a]', '*start']) {
      const res = await client
        .post(`${MODERATION}/rules`)
        .bearerToken(admin.token)
        .json({ name: 'Broken', kind: 'regex', pattern, action: 'hide' })
      res.assertStatus(422)
      assert.containsSubset(
        firstError(res.body()),
        { code: 'E_VALIDATION_ERROR', field: 'pattern' },
        pattern
      )
      assert.match(firstError(res.body())!.message, /not a valid regular expression/)
    }
    for (const pattern of [
      '\\bcheap\\s+pills\\b',
      '(?:buy|sell) now',
      '(?:ab)+c',
      '(?<site>bit\\.ly|tinyurl\\.com)/\\w+',
      'https?://\\S+',
    ]) {
      await createRule(client, admin, { kind: 'regex', pattern, action: 'flag' })
    }
  })

  test('changing a rule to an unsafe pattern is refused and leaves it as it was', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const rule = await createRule(client, admin, {
      kind: 'regex',
      pattern: 'free money',
      action: 'hide',
    })
    const res = await client
      .patch(`${MODERATION}/rules/${rule.id}`)
      .bearerToken(admin.token)
      .json({ pattern: '(a+)+$' })
    res.assertStatus(422)
    assert.containsSubset(firstError(res.body()), { code: 'E_UNSAFE_REGEX', field: 'pattern' })
    assert.equal((await ModerationRule.findOrFail(rule.id)).pattern, 'free money')
  })
})

test.group('moderation / rules: checking content on write', (group) => {
  isolate(group)

  test('a keyword rule on campaigns hides a new campaign that uses the word and queues an automatic report', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    const rule = await createRule(client, admin, {
      name: 'Get rich',
      kind: 'keyword',
      keywords: ['guaranteed returns'],
      targetTypes: ['campaign'],
      action: 'hide',
    })

    const clean = await createCampaign(client, brand, {
      niche,
      description: 'Unboxing videos of our new phone',
    })
    clean.assertStatus(201)
    assert.isFalse(clean.body().data.flagged)
    const bad = await createCampaign(client, brand, {
      niche,
      description: 'Tell your fans about GUARANTEED returns, 30% a month!',
    })
    bad.assertStatus(201)
    const badId = bad.body().data.id as number
    assert.isTrue(bad.body().data.flagged)

    assert.deepEqual(await browseIds(client, creator, niche), [clean.body().data.id])
    const queued = (await queue(client, admin, { type: 'campaign' })).filter(
      (r) => r.targetId === badId
    )
    assert.lengthOf(queued, 1)
    assert.containsSubset(queued[0], {
      automatic: true,
      reporterId: null,
      status: 'open',
      targetOwnerId: brand.user.id,
      details: `Matched rule "Get rich"`,
    })
    assert.equal((await Report.findOrFail(queued[0].id)).ruleId, rule.id)
    assert.isAbove(queued[0].priority, 0)
  })

  test('an edit that brings the keyword in is caught too; whole words only, any case', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['casino'],
      targetTypes: ['campaign'],
      action: 'hide',
    })
    const created = await createCampaign(client, brand, {
      description: 'Casinos? No: casinoesque decor for cafés',
    })
    created.assertStatus(201)
    const id = created.body().data.id as number
    assert.isFalse(created.body().data.flagged)

    const edited = await client
      .patch(`${API}/campaigns/${id}`)
      .bearerToken(brand.token)
      .json({ goals: ['Promote our online CASINO'] })
    edited.assertStatus(200)
    assert.isTrue(edited.body().data.flagged)
    assert.lengthOf(await automaticReportsOn('campaign', id), 1)
  })

  test('a regex rule on messages hides a matching message and queues it; the other party never sees it', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const conversation = await conversationOf(brand.user, creator.user)
    await createRule(client, admin, {
      name: 'Off-platform',
      kind: 'regex',
      pattern: '\\b(?:whats ?app|telegram)\\s*[:+]?\\s*\\+?\\d{6,}',
      targetTypes: ['message'],
      action: 'hide',
    })

    const fine = await sendMessage(client, brand, conversation.id, 'Can you post on Friday?')
    fine.assertStatus(201)
    const bad = await sendMessage(
      client,
      brand,
      conversation.id,
      'Pay me outside: WhatsApp +33612345678'
    )
    bad.assertStatus(201)
    const badId = bad.body().data.id as number

    assert.isNotNull((await Message.findOrFail(badId)).hiddenAt)
    const seen = await client
      .get(`${API}/conversations/${conversation.id}/messages`)
      .bearerToken(creator.token)
    seen.assertStatus(200)
    assert.deepEqual(
      seen.body().data.map((m: { id: number }) => m.id),
      [fine.body().data.id]
    )
    const [queued] = await automaticReportsOn('message', badId)
    assert.containsSubset(queued, {
      status: 'open',
      targetOwnerId: brand.user.id,
      reporterId: null,
    })
    // Only the message that went through reached the other party.
    const notified = await Notification.query()
      .where('user_id', creator.user.id)
      .where('type', 'message.received')
    assert.deepEqual(
      notified.map((n) => n.body),
      ['Can you post on Friday?']
    )
  })

  test('a rule that does not apply to a content type leaves it alone', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['telegram'],
      targetTypes: ['campaign'],
      action: 'hide',
    })
    const conversation = await conversationOf(brand.user, creator.user)
    const res = await sendMessage(client, brand, conversation.id, 'My telegram is below')
    res.assertStatus(201)
    assert.isNull((await Message.findOrFail(res.body().data.id)).hiddenAt)
    assert.lengthOf(await automaticReportsOn('message', res.body().data.id), 0)
  })

  test('a flag rule only queues: the content stays visible', async ({ client, assert }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    await createRule(client, admin, {
      kind: 'regex',
      pattern: '\\b\\d{2,3}% off\\b',
      action: 'flag',
    })
    const res = await createCampaign(client, brand, {
      niche,
      description: 'Share a code for 50% off everything',
    })
    res.assertStatus(201)
    const id = res.body().data.id as number
    assert.isFalse(res.body().data.flagged)
    assert.deepEqual(await browseIds(client, creator, niche), [id])
    const [queued] = await automaticReportsOn('campaign', id)
    assert.equal(queued.status, 'open')
  })

  test('a block rule blocks the author (token refused) and hides what tripped it', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const conversation = await conversationOf(brand.user, creator.user)
    await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['send your password'],
      action: 'block',
    })

    const res = await sendMessage(
      client,
      creator,
      conversation.id,
      'To get paid, send your password here'
    )
    res.assertStatus(201)
    const author = await User.findOrFail(creator.user.id)
    assert.isNotNull(author.blockedAt)
    assert.match(author.blockReason ?? '', /Blocked by rule/)
    ;(await client.get(`${API}/reports`).bearerToken(creator.token)).assertStatus(401)
    assert.isTrue(await isHidden('message', res.body().data.id))
    const seen = await client
      .get(`${API}/conversations/${conversation.id}/messages`)
      .bearerToken(brand.token)
    assert.deepEqual(seen.body().data, [])
    assert.lengthOf(await automaticReportsOn('message', res.body().data.id), 1)
  })

  test('a disabled rule does nothing until enabled again; a deleted one never again', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const rule = await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['lottery'],
      action: 'hide',
      enabled: false,
    })
    const quiet = await createCampaign(client, brand, { description: 'Win the lottery with us' })
    quiet.assertStatus(201)
    assert.isFalse(quiet.body().data.flagged)
    assert.lengthOf(await automaticReportsOn('campaign', quiet.body().data.id), 0)

    ;(
      await client
        .patch(`${MODERATION}/rules/${rule.id}`)
        .bearerToken(admin.token)
        .json({ enabled: true })
    ).assertStatus(200)
    const caught = await createCampaign(client, brand, { description: 'Win the lottery with us' })
    assert.isTrue(caught.body().data.flagged)

    ;(
      await client
        .patch(`${MODERATION}/rules/${rule.id}`)
        .bearerToken(admin.token)
        .json({ enabled: false })
    ).assertStatus(200)
    const again = await createCampaign(client, brand, { description: 'Win the lottery with us' })
    assert.isFalse(again.body().data.flagged)

    ;(await client.delete(`${MODERATION}/rules/${rule.id}`).bearerToken(admin.token)).assertStatus(
      204
    )
    const after = await createCampaign(client, brand, { description: 'Win the lottery with us' })
    assert.isFalse(after.body().data.flagged)
    assert.lengthOf(await automaticReportsOn('campaign', after.body().data.id), 0)
  })

  test('a keyword rule hides a new comment and queues it', async ({ client, assert }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const commenter = await actor('shopper')
    const plan = await planFor(owner.user)
    await createRule(client, admin, {
      kind: 'keyword',
      keywords: ['free followers'],
      targetTypes: ['comment'],
      action: 'hide',
    })

    const fine = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(commenter.token)
      .json({ body: 'Day 2 was hard but worth it' })
    fine.assertStatus(201)
    const bad = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(commenter.token)
      .json({ body: 'Get FREE followers at my page' })
    bad.assertStatus(201)
    const badId = bad.body().data.id as number
    assert.isNotNull((await Comment.findOrFail(badId)).hiddenAt)

    const thread = await client.get(`${API}/plans/${plan.id}/comments`).bearerToken(owner.token)
    thread.assertStatus(200)
    assert.deepEqual(
      thread.body().data.map((c: { id: number }) => c.id),
      [fine.body().data.id]
    )
    const queued = (await queue(client, admin, { type: 'comment' })).filter(
      (r) => r.targetId === badId
    )
    assert.lengthOf(queued, 1)
    assert.containsSubset(queued[0], { automatic: true, targetOwnerId: commenter.user.id })
  })

  test('matching has a time budget: a pathological stored pattern cannot stall a write', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    // Written around the validation, as an old or hand-edited row could be.
    await ModerationRule.create({
      name: 'Legacy',
      kind: 'regex',
      keywords: [],
      pattern: 'a*a*b',
      targetTypes: [],
      action: 'hide',
      enabled: true,
      createdBy: admin.user.id,
    })
    const started = Date.now()
    const res = await createCampaign(client, brand, { description: 'a'.repeat(5000) })
    res.assertStatus(201)
    assert.isBelow(Date.now() - started, 5000)
    assert.isFalse(res.body().data.flagged)
  }).timeout(30_000)
})

test.group('moderation / rules: thresholds', (group) => {
  isolate(group)

  test('3 reports within 60 minutes hide the target on the third and queue one automatic report', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const rule = await createRule(client, admin, {
      kind: 'threshold',
      thresholdCount: 3,
      thresholdMinutes: 60,
      targetTypes: ['plan'],
      action: 'hide',
    })

    await report(client, await actor('shopper'), 'plan', plan.id)
    await report(client, await actor('shopper'), 'plan', plan.id)
    assert.isFalse(await isHidden('plan', plan.id))
    assert.lengthOf(await automaticReportsOn('plan', plan.id), 0)

    await report(client, await actor('shopper'), 'plan', plan.id)
    assert.isTrue(await isHidden('plan', plan.id))
    const automatic = await automaticReportsOn('plan', plan.id)
    assert.lengthOf(automatic, 1)
    assert.equal(automatic[0].ruleId, rule.id)

    await report(client, await actor('shopper'), 'plan', plan.id)
    assert.lengthOf(await automaticReportsOn('plan', plan.id), 1)
    const queued = (await queue(client, admin, { type: 'plan' })).filter(
      (r: ReportBody) => r.targetId === plan.id
    )
    assert.lengthOf(queued, 5)
  })

  test('reports outside the window, or already decided, do not count', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    await createRule(client, admin, {
      kind: 'threshold',
      thresholdCount: 3,
      thresholdMinutes: 60,
      action: 'hide',
    })

    const old = await report(client, await actor('shopper'), 'plan', plan.id)
    await db
      .from('reports')
      .where('id', old.id)
      .update({ created_at: sqlTime(DateTime.utc().minus({ hours: 2 })) })
    const dismissedReporter = await actor('shopper')
    const decided = await report(client, dismissedReporter, 'plan', plan.id)
    ;(
      await client
        .post(`${MODERATION}/reports/${decided.id}/dismiss`)
        .bearerToken(admin.token)
        .json({ version: decided.version })
    ).assertStatus(200)
    // The dismissed reporter reports again: still only one open report of theirs.
    await report(client, dismissedReporter, 'plan', plan.id)
    await report(client, await actor('shopper'), 'plan', plan.id)
    assert.isFalse(await isHidden('plan', plan.id))

    await report(client, await actor('shopper'), 'plan', plan.id)
    assert.isTrue(await isHidden('plan', plan.id))
  })

  test('a threshold rule for other types, or a flag rule, does not hide', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const campaign = await campaignFor(brand.user)
    await createRule(client, admin, {
      kind: 'threshold',
      thresholdCount: 2,
      thresholdMinutes: 60,
      targetTypes: ['plan'],
      action: 'hide',
    })
    await createRule(client, admin, {
      kind: 'threshold',
      thresholdCount: 2,
      thresholdMinutes: 60,
      targetTypes: ['campaign'],
      action: 'flag',
    })
    await report(client, await actor('shopper'), 'campaign', campaign.id)
    await report(client, await actor('influencer'), 'campaign', campaign.id)
    assert.isNull((await Campaign.findOrFail(campaign.id)).flaggedAt)
    assert.lengthOf(await automaticReportsOn('campaign', campaign.id), 1)
  })
})
