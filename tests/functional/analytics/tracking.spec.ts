import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor } from '#tests/support/community_plans'
import { campaignFor } from '#tests/support/marketplace'
import { analyticsRateLimit } from '#config/limiter'
import type { Json } from '#tests/support/json'
import type { ApiClient } from '@japa/api-client'

const track = (client: ApiClient, token: string, body: unknown) =>
  client.post(`${API}/analytics/track`).bearerToken(token).json(body)

const eventsOf = (subjectType: string, subjectId: number) =>
  db
    .from('analytics_events')
    .where({ subject_type: subjectType, subject_id: subjectId })
    .orderBy('id')
    .select('user_id', 'type', 'data')

test.group('analytics / tracking', (group) => {
  isolate(group)

  test('one event or a batch is recorded for the caller; the owner’s own views are ignored', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const plan = await planFor(owner.user)

    const one = await track(client, viewer.token, {
      type: 'plan.view',
      subjectId: plan.id,
      data: { source: 'feed' },
    })
    one.assertStatus(202)
    assert.deepEqual(one.body().data, { recorded: 1, ignored: 0 })

    const batch = await track(client, viewer.token, {
      events: [
        { type: 'plan.start', subjectId: plan.id },
        { type: 'plan.task_complete', subjectId: plan.id, data: { day: '1' } },
        { type: 'profile.view', subjectId: owner.user.id },
        { type: 'search', data: { query: 'sketching' } },
      ],
    })
    batch.assertStatus(202)
    assert.deepEqual(batch.body().data, { recorded: 4, ignored: 0 })

    const own = await track(client, owner.token, {
      events: [
        { type: 'plan.view', subjectId: plan.id },
        { type: 'profile.view', subjectId: owner.user.id },
      ],
    })
    assert.deepEqual(own.body().data, { recorded: 0, ignored: 2 })

    const rows = await eventsOf('plan', plan.id)
    assert.deepEqual(
      rows.map((r) => [Number(r.user_id), r.type]),
      [
        [viewer.user.id, 'plan.view'],
        [viewer.user.id, 'plan.start'],
        [viewer.user.id, 'plan.task_complete'],
      ]
    )
    assert.deepEqual(JSON.parse(rows[0].data), { source: 'feed' })
    const search = await db
      .from('analytics_events')
      .where({ user_id: viewer.user.id, type: 'search' })
      .firstOrFail()
    assert.equal(JSON.parse(search.data).query, 'sketching')
  })

  test('unknown types, missing subjects and oversized batches are 422; nothing of a refused batch is stored', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const plan = await planFor(owner.user)

    const badType = await track(client, viewer.token, { type: 'plan.teleport', subjectId: plan.id })
    badType.assertStatus(422)
    assert.equal(firstError(badType.body())?.field, 'type')

    const noSubject = await track(client, viewer.token, {
      events: [{ type: 'plan.view', subjectId: plan.id }, { type: 'plan.view' }],
    })
    noSubject.assertStatus(422)
    assert.equal(firstError(noSubject.body())?.field, 'events.1.subjectId')

    const noQuery = await track(client, viewer.token, { type: 'search' })
    noQuery.assertStatus(422)
    assert.equal(firstError(noQuery.body())?.field, 'events.0.data.query')

    const tooMany = await track(client, viewer.token, {
      events: Array.from({ length: 51 }, () => ({ type: 'plan.view', subjectId: plan.id })),
    })
    tooMany.assertStatus(422)
    assert.equal(firstError(tooMany.body())?.field, 'events')

    assert.lengthOf(await eventsOf('plan', plan.id), 0)
  })

  test('a subject the caller cannot see is 404: missing, hidden, private campaign, private profile', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const viewer = await actor('influencer')
    const hidden = await planFor(owner.user, { hiddenAt: DateTime.utc() })
    const visible = await planFor(owner.user)
    const sponsor = await actor('sponsor')
    const campaign = await campaignFor(sponsor.user, { visibility: 'private' })
    const secretive = await actor('shopper', { privacy: { profileVisibility: 'private' } } as Json)

    for (const event of [
      { type: 'plan.view', subjectId: 2_000_000_000 },
      { type: 'plan.view', subjectId: hidden.id },
      { type: 'campaign.view', subjectId: campaign.id },
      { type: 'profile.view', subjectId: secretive.user.id },
    ]) {
      const res = await track(client, viewer.token, {
        events: [{ type: 'plan.view', subjectId: visible.id }, event],
      })
      res.assertStatus(404)
      assert.equal(firstError(res.body())?.field, 'events.1.subjectId', JSON.stringify(event))
    }
    assert.lengthOf(await eventsOf('plan', visible.id), 0)

    const brand = await track(client, sponsor.token, {
      type: 'campaign.view',
      subjectId: campaign.id,
    })
    assert.deepEqual(brand.body().data, { recorded: 0, ignored: 1 })
  })

  test('each account may send ANALYTICS_RATE_LIMIT track requests a minute, then 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const busy = await actor('shopper')
    const calm = await actor('shopper')
    const search = { type: 'search', data: { query: 'yoga' } }
    for (let i = 0; i < analyticsRateLimit; i++) {
      const res = await track(client, busy.token, search)
      if (res.status() !== 202) assert.fail(`request ${i + 1} → ${res.status()}`)
    }
    const over = await track(client, busy.token, search)
    over.assertStatus(429)
    assert.equal(firstError(over.body())?.code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(over.header('retry-after')), 0)
    ;(await track(client, calm.token, search)).assertStatus(202)
    const [{ total }] = await db
      .from('analytics_events')
      .where({ user_id: busy.user.id })
      .count('* as total')
    assert.equal(Number(total), analyticsRateLimit)
  })

  test('anonymous tracking is 401', async ({ client }) => {
    const res = await client
      .post(`${API}/analytics/track`)
      .json({ type: 'search', data: { query: 'x' } })
    res.assertStatus(401)
  })
})
