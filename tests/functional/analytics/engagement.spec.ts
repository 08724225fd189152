import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { sqlTime } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { adminTask, taskIn } from '#tests/support/tasks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor } from '#tests/support/community_plans'
import type { ApiClient } from '@japa/api-client'

const ADMIN = '/api/v1/admin'

/** Runs the engagement-metrics batch task through the admin API, as an operator would. */
async function recompute(client: ApiClient) {
  const { token } = await actor('admin')
  const started = await client.post(`${ADMIN}/batch/engagement-metrics/run`).bearerToken(token)
  started.assertStatus(202)
  const task = await taskIn(client, token, adminTask(started.body().data.taskId))
  if (task.result?.status !== 'completed') throw new Error(JSON.stringify(task))
  return task.result as Record<string, unknown>
}

const engagementOf = (client: ApiClient, token: string, qs = '') =>
  client.get(`${API}/me/engagement${qs}`).bearerToken(token)

test.group('analytics / engagement metrics', (group) => {
  isolate(group)

  test('what a creator received and what a member did, over 7 and 30 days, after the batch run', async ({
    client,
    assert,
  }) => {
    const creator = await actor('influencer')
    const fan = await actor('shopper')
    const other = await actor('influencer')
    const plan = await planFor(creator.user)
    const otherPlan = await planFor(other.user)

    for (const viewer of [fan, fan, other]) {
      await client
        .post(`${API}/analytics/track`)
        .bearerToken(viewer.token)
        .json({ type: 'plan.view', subjectId: plan.id })
    }
    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)).assertStatus(200)
    ;(await client.post(`${API}/plans/${plan.id}/download`).bearerToken(fan.token)).assertStatus(
      200
    )
    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(other.token)
        .json({ body: 'Nice' })
    ).assertStatus(201)
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(fan.token)
    ).assertStatus(200)
    ;(await client.post(`${API}/plans/${otherPlan.id}/like`).bearerToken(fan.token)).assertStatus(
      200
    )
    // A rating twelve days ago counts in the 30-day window only.
    await db.table('plan_ratings').insert({
      plan_id: plan.id,
      user_id: other.user.id,
      score: 5,
      created_at: sqlTime(DateTime.utc().minus({ days: 12 })),
      updated_at: sqlTime(DateTime.utc()),
    })

    const before = await engagementOf(client, creator.token)
    before.assertStatus(200)
    assert.equal(before.body().data.received.likes, 0, 'figures wait for the batch run')

    const run = await recompute(client)
    assert.isAtLeast(Number(run.members30d), 3)

    const month = await engagementOf(client, creator.token)
    month.assertStatus(200)
    assert.isString(month.body().meta.computedAt)
    assert.deepEqual(month.body().data, {
      windowDays: 30,
      received: {
        planViews: 3,
        uniqueViewers: 2,
        likes: 1,
        downloads: 1,
        ratings: 1,
        comments: 1,
        newFollowers: 1,
      },
      actions: 0,
      rates: { engagement: 1.3333, likes: 0.3333, downloads: 0.3333 },
    })
    const week = await engagementOf(client, creator.token, '?window=7')
    assert.equal(week.body().data.windowDays, 7)
    assert.equal(week.body().data.received.ratings, 0)
    assert.equal(week.body().data.received.likes, 1)

    const fanFigures = (await engagementOf(client, fan.token)).body().data
    assert.equal(fanFigures.actions, 4, 'two likes, a download and a follow')
    assert.equal(fanFigures.received.planViews, 0)
    assert.deepEqual(fanFigures.rates, { engagement: null, likes: null, downloads: null })
  })

  test('a member without activity reads zeros; an unknown window is 422', async ({
    client,
    assert,
  }) => {
    const quiet = await actor('shopper')
    await recompute(client)
    const res = await engagementOf(client, quiet.token)
    res.assertStatus(200)
    assert.deepEqual(res.body().data.received, {
      planViews: 0,
      uniqueViewers: 0,
      likes: 0,
      downloads: 0,
      ratings: 0,
      comments: 0,
      newFollowers: 0,
    })
    const bad = await engagementOf(client, quiet.token, '?window=5')
    bad.assertStatus(422)
    assert.equal(firstError(bad.body())?.field, 'window')
  })
})
