import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import CustomTask from '#models/custom_task'
import SkillPlan from '#models/skill_plan'
import User from '#models/user'
import { actor } from '#tests/support/auth'
import { API, planFor } from '#tests/support/community_plans'

/**
 * Real concurrency: no global transaction here (it would run every request on
 * one connection, one at a time), so these tests commit and delete what they
 * made afterwards.
 */
test.group('community / interactions under concurrency', (group) => {
  const created: number[] = []
  const people = async (count: number) => {
    const made = await Promise.all(Array.from({ length: count }, () => actor('shopper')))
    created.push(...made.map((m) => m.user.id))
    return made
  }
  const setup = async () => {
    const owner = await actor('influencer')
    created.push(owner.user.id)
    return { owner, plan: await planFor(owner.user) }
  }
  group.each.teardown(async () => {
    await User.query().whereIn('id', created.splice(0)).delete()
  })

  test('5 users liking at once (each twice) give exactly 5 likes', async ({ client, assert }) => {
    const { plan } = await setup()
    const fans = await people(5)
    const responses = await Promise.all(
      fans.flatMap((fan) =>
        [1, 2].map(() => client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token))
      )
    )
    for (const res of responses) res.assertStatus(200)
    assert.equal((await SkillPlan.findOrFail(plan.id)).likesCount, 5)
    assert.lengthOf(await db.from('plan_likes').where('plan_id', plan.id), 5)
  })

  test('concurrent ratings and re-ratings keep sum and count exact', async ({ client, assert }) => {
    const { plan } = await setup()
    const raters = await people(5)
    const responses = await Promise.all(
      raters.flatMap((rater, i) =>
        [i + 1, 5 - i].map((score) =>
          client.put(`${API}/plans/${plan.id}/rating`).bearerToken(rater.token).json({ score })
        )
      )
    )
    for (const res of responses) res.assertStatus(200)
    const rows = await db.from('plan_ratings').where('plan_id', plan.id)
    const stored = await SkillPlan.findOrFail(plan.id)
    assert.lengthOf(rows, 5)
    assert.equal(stored.ratingsCount, 5)
    assert.equal(
      stored.ratingsSum,
      rows.reduce((sum, row) => sum + Number(row.score), 0)
    )
  })

  test('concurrent votes and vote changes keep a suggestion score exact', async ({
    client,
    assert,
  }) => {
    const { owner, plan } = await setup()
    const task = await CustomTask.create({
      planId: plan.id,
      userId: owner.user.id,
      day: 1,
      title: 'Stretch first',
      score: 0,
    })
    const voters = await people(5)
    const responses = await Promise.all(
      voters.flatMap((voter, i) =>
        [1, i % 2 ? -1 : 1].map((value) =>
          client
            .post(`${API}/custom-tasks/${task.id}/vote`)
            .bearerToken(voter.token)
            .json({ value })
        )
      )
    )
    for (const res of responses) res.assertStatus(200)
    const rows = await db.from('custom_task_votes').where('task_id', task.id)
    assert.lengthOf(rows, 5)
    await task.refresh()
    assert.equal(
      task.score,
      rows.reduce((sum, row) => sum + Number(row.value), 0)
    )
  })
})
