import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRunner from '#platform/scheduler/batch_runner'
import { sqlTime } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor } from '#tests/support/community_plans'

const rollUp = async () => {
  const run = await (
    await app.container.make(BatchRunner)
  ).run('analytics-aggregation', { trigger: 'cli' })
  if (run.status !== 'completed')
    throw new Error(`aggregation ${run.status}: ${JSON.stringify(run.result)}`)
  return run.result as { days: number; events: number; lastEventId: number }
}

const analyticsOf = (client: any, token: string, planId: number, qs = '') =>
  client.get(`${API}/plans/${planId}/analytics${qs}`).bearerToken(token)

/** A view recorded `daysAgo` UTC days ago, written straight to the table (the API only records "now"). */
const pastView = (userId: number, planId: number, daysAgo: number) =>
  db.table('analytics_events').insert({
    user_id: userId,
    type: 'plan.view',
    subject_type: 'plan',
    subject_id: planId,
    data: '{}',
    created_at: sqlTime(DateTime.utc().startOf('day').minus({ days: daysAgo }).plus({ hours: 12 })),
  })

test.group('analytics / a plan’s figures for its owner', (group) => {
  isolate(group)

  test('views come from the roll-up, interactions live; totals count distinct viewers over the range', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const [alice, bob] = [await actor('shopper'), await actor('influencer')]
    const plan = await planFor(owner.user)
    const today = DateTime.utc().toISODate()!
    const twoDaysAgo = DateTime.utc().minus({ days: 2 }).toISODate()!

    for (const viewer of [alice, alice, bob]) {
      ;(
        await client
          .post(`${API}/analytics/track`)
          .bearerToken(viewer.token)
          .json({ type: 'plan.view', subjectId: plan.id })
      ).assertStatus(202)
    }
    await client
      .post(`${API}/analytics/track`)
      .bearerToken(alice.token)
      .json({
        events: [
          { type: 'plan.start', subjectId: plan.id },
          { type: 'plan.share', subjectId: plan.id },
        ],
      })
    await pastView(alice.user.id, plan.id, 2)
    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(alice.token)).assertStatus(200)
    ;(
      await client.put(`${API}/plans/${plan.id}/rating`).bearerToken(bob.token).json({ score: 4 })
    ).assertStatus(200)
    ;(await client.post(`${API}/plans/${plan.id}/download`).bearerToken(bob.token)).assertStatus(
      200
    )
    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(bob.token)
        .json({ body: 'Great plan' })
    ).assertStatus(201)
    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(owner.token)
        .json({ body: 'Thanks!' })
    ).assertStatus(201)

    const before = await analyticsOf(client, owner.token, plan.id)
    before.assertStatus(200)
    const previousRollUp = before.body().meta.aggregatedAt
    assert.equal(before.body().data.totals.views, 0, 'views wait for the roll-up')
    assert.equal(before.body().data.totals.likes, 1, 'interactions are live')

    const rolled = await rollUp()
    assert.isAtLeast(rolled.events, 6)

    const res = await analyticsOf(client, owner.token, plan.id)
    res.assertStatus(200)
    const { data, meta } = res.body()
    assert.isString(meta.aggregatedAt)
    assert.notEqual(meta.aggregatedAt, previousRollUp)
    assert.equal(meta.to, today)
    assert.equal(meta.from, DateTime.utc().minus({ days: 29 }).toISODate())
    assert.lengthOf(data.series, 30)
    assert.deepEqual(data.totals, {
      views: 4,
      uniqueViewers: 2,
      shares: 1,
      starts: 1,
      tasksCompleted: 0,
      likes: 1,
      downloads: 1,
      ratings: 1,
      comments: 1,
      averageRating: 4,
    })
    const day = (key: string) => data.series.find((d: { day: string }) => d.day === key)
    assert.containsSubset(day(today), { views: 3, uniqueViewers: 2, likes: 1, comments: 1 })
    assert.containsSubset(day(twoDaysAgo), { views: 1, uniqueViewers: 1, likes: 0 })

    const narrow = await analyticsOf(
      client,
      owner.token,
      plan.id,
      `?from=${twoDaysAgo}&to=${twoDaysAgo}`
    )
    assert.lengthOf(narrow.body().data.series, 1)
    assert.containsSubset(narrow.body().data.totals, { views: 1, uniqueViewers: 1, likes: 0 })
  })

  test('the roll-up is repeatable: a second run changes nothing, new events are added to their day', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const viewer = await actor('shopper')
    const plan = await planFor(owner.user)
    await pastView(viewer.user.id, plan.id, 5)
    await rollUp()
    const rows = () =>
      db
        .from('analytics_daily')
        .where({ subject_type: 'plan', subject_id: plan.id })
        .orderBy('day')
        .select('day', 'type', 'events', 'unique_users')
    const first = await rows()
    assert.lengthOf(first, 1)

    const again = await rollUp()
    assert.equal(again.events, 0)
    assert.deepEqual(await rows(), first)

    await pastView(viewer.user.id, plan.id, 5)
    await pastView((await actor('shopper')).user.id, plan.id, 5)
    await rollUp()
    assert.deepEqual(
      (await rows()).map((r) => [r.day, Number(r.events), Number(r.unique_users)]),
      [[DateTime.utc().minus({ days: 5 }).toISODate(), 3, 2]]
    )
    const res = await analyticsOf(client, owner.token, plan.id)
    assert.equal(res.body().data.totals.views, 3)
  })

  test('only the owner and admins see a plan’s analytics: 403 on a plan others may open, 404 on one they may not', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const stranger = await actor('influencer')
    const admin = await actor('admin')
    const open = await planFor(owner.user)
    const unlisted = await planFor(owner.user, { visibility: 'unlisted' })
    const closed = await planFor(owner.user, { hiddenAt: DateTime.utc() })

    ;(await analyticsOf(client, admin.token, closed.id)).assertStatus(200)
    ;(await analyticsOf(client, owner.token, closed.id)).assertStatus(200)
    for (const plan of [open, unlisted]) {
      const res = await analyticsOf(client, stranger.token, plan.id)
      res.assertStatus(403)
      assert.equal(firstError(res.body())?.code, 'E_FORBIDDEN')
    }
    ;(await analyticsOf(client, stranger.token, closed.id)).assertStatus(404)
    ;(await analyticsOf(client, stranger.token, 2_000_000_000)).assertStatus(404)
  })

  test('a bad range is 422', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    for (const [qs, field] of [
      ['?from=2026-02-10&to=2026-02-01', 'to'],
      ['?from=2020-01-01&to=2026-01-01', 'from'],
      ['?from=yesterday', 'from'],
    ]) {
      const res = await analyticsOf(client, owner.token, plan.id, qs)
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, field, qs)
    }
  })
})
