import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import Activity from '#models/activity'
import CustomTask from '#models/custom_task'
import Notification from '#models/notification'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, ids, planFor } from '#tests/support/community_plans'
import { sqlTime } from '#platform/db/time'

async function suggest(
  client: ApiClient,
  token: string,
  planId: number,
  body: Record<string, unknown>
) {
  const res = await client.post(`${API}/plans/${planId}/custom-tasks`).bearerToken(token).json(body)
  res.assertStatus(201)
  return res.body().data as { id: number; score: number; myVote: number | null }
}

const vote = (client: ApiClient, token: string, taskId: number, value: number) =>
  client.post(`${API}/custom-tasks/${taskId}/vote`).bearerToken(token).json({ value })

test.group('community / custom tasks', (group) => {
  isolate(group)

  test('members suggest tasks for a day within the plan; the owner is notified', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Ukulele in 3 days' })
    const ann = await actor('shopper')

    const res = await client
      .post(`${API}/plans/${plan.id}/custom-tasks`)
      .bearerToken(ann.token)
      .json({ day: 2, title: ' Learn the C chord ', description: 'Slowly' })
    res.assertStatus(201)
    assert.containsSubset(res.body().data, {
      planId: plan.id,
      day: 2,
      title: 'Learn the C chord',
      description: 'Slowly',
      score: 0,
      myVote: null,
      author: { id: ann.user.id, role: 'shopper' },
    })

    const outside = await client
      .post(`${API}/plans/${plan.id}/custom-tasks`)
      .bearerToken(ann.token)
      .json({ day: 4, title: 'Too late' })
    outside.assertStatus(422)
    assert.deepEqual(outside.body().errors, [
      {
        code: 'E_VALIDATION_ERROR',
        field: 'day',
        message: 'Day 4 is outside the plan: days run from 1 to 3',
      },
    ])
    const invalid = await client
      .post(`${API}/plans/${plan.id}/custom-tasks`)
      .bearerToken(ann.token)
      .json({ day: 0 })
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['day', 'title']
    )

    const notification = await Notification.query()
      .where({ userId: owner.user.id, type: 'plan.custom_task' })
      .firstOrFail()
    assert.equal(
      notification.title,
      `${ann.user.fullName} suggested a task for "Ukulele in 3 days"`
    )
    assert.lengthOf(
      await Activity.query().where({ verb: 'custom_task.created', planId: plan.id }),
      1
    )

    const pending = await actor('pendingSponsor')
    const byPending = await client
      .post(`${API}/plans/${plan.id}/custom-tasks`)
      .bearerToken(pending.token)
      .json({ day: 1, title: 'x' })
    byPending.assertStatus(403)
  })

  test('one vote per user: voting again replaces it and the score moves by the difference', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const ann = await actor('shopper')
    const bob = await actor('shopper')
    const task = await suggest(client, owner.token, plan.id, { day: 1, title: 'Warm up' })

    const score = async (res: Awaited<ReturnType<typeof vote>>) => {
      res.assertStatus(200)
      return [res.body().data.score, res.body().data.myVote]
    }
    assert.deepEqual(await score(await vote(client, ann.token, task.id, 1)), [1, 1])
    assert.deepEqual(await score(await vote(client, ann.token, task.id, 1)), [1, 1])
    assert.deepEqual(await score(await vote(client, ann.token, task.id, -1)), [-1, -1])
    assert.deepEqual(await score(await vote(client, bob.token, task.id, 1)), [0, 1])
    assert.deepEqual(await score(await vote(client, bob.token, task.id, -1)), [-2, -1])

    const removed = await client
      .delete(`${API}/custom-tasks/${task.id}/vote`)
      .bearerToken(ann.token)
    assert.deepEqual(await score(removed), [-1, null])
    const again = await client.delete(`${API}/custom-tasks/${task.id}/vote`).bearerToken(ann.token)
    assert.deepEqual(await score(again), [-1, null])
    assert.equal((await CustomTask.findOrFail(task.id)).score, -1)

    for (const value of [0, 2, '1x']) {
      const res = await vote(client, ann.token, task.id, value as number)
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, 'value')
    }
  })

  test('suggestions list best score first, then oldest, by day, with your own vote', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const ann = await actor('shopper')
    const bob = await actor('shopper')
    const older = await suggest(client, ann.token, plan.id, { day: 1, title: 'Older, no votes' })
    const liked = await suggest(client, ann.token, plan.id, { day: 1, title: 'Upvoted' })
    const newer = await suggest(client, bob.token, plan.id, { day: 1, title: 'Newer, no votes' })
    const disliked = await suggest(client, bob.token, plan.id, { day: 1, title: 'Downvoted' })
    const dayTwo = await suggest(client, bob.token, plan.id, { day: 2, title: 'Day two' })
    await vote(client, ann.token, liked.id, 1)
    await vote(client, bob.token, disliked.id, -1)

    const list = async (qs: Record<string, number>) => {
      const res = await client
        .get(`${API}/plans/${plan.id}/custom-tasks`)
        .qs(qs)
        .bearerToken(ann.token)
      res.assertStatus(200)
      return res.body()
    }
    const dayOne = await list({ day: 1 })
    assert.deepEqual(ids(dayOne), [liked.id, older.id, newer.id, disliked.id])
    assert.deepEqual(
      dayOne.data.map((t: { myVote: number | null }) => t.myVote),
      [1, null, null, null]
    )
    assert.deepEqual(dayOne.meta, { page: 1, perPage: 20, total: 4, lastPage: 1 })
    assert.deepEqual(ids(await list({ day: 2 })), [dayTwo.id])
    assert.equal((await list({})).meta.total, 5)
    assert.deepEqual(ids(await list({ perPage: 2, page: 2 })), [newer.id, dayTwo.id])
  })

  test("blocked users' and hidden suggestions are absent and cannot be voted on", async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const troll = await actor('shopper')
    const ann = await actor('shopper')
    const fromTroll = await suggest(client, troll.token, plan.id, { day: 1, title: 'Troll task' })
    const hidden = await suggest(client, ann.token, plan.id, { day: 1, title: 'Hidden task' })
    const kept = await suggest(client, ann.token, plan.id, { day: 1, title: 'Kept' })
    troll.user.blockedAt = DateTime.utc()
    await troll.user.save()
    await CustomTask.query()
      .where('id', hidden.id)
      .update({ hidden_at: sqlTime(DateTime.utc()) })

    const res = await client.get(`${API}/plans/${plan.id}/custom-tasks`).bearerToken(owner.token)
    assert.deepEqual(ids(res.body()), [kept.id])
    for (const id of [fromTroll.id, hidden.id]) {
      const voted = await vote(client, owner.token, id, 1)
      voted.assertStatus(404)
      assert.deepEqual(voted.body().errors, [
        { code: 'E_NOT_FOUND', message: 'Custom task not found' },
      ])
    }

    plan.hiddenAt = DateTime.utc()
    await plan.save()
    const onHidden = await vote(client, ann.token, kept.id, 1)
    onHidden.assertStatus(404)
    const listHidden = await client
      .get(`${API}/plans/${plan.id}/custom-tasks`)
      .bearerToken(ann.token)
    listHidden.assertStatus(404)
  })
})
