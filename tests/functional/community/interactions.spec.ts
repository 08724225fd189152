import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Activity from '#models/activity'
import Notification from '#models/notification'
import SkillPlan from '#models/skill_plan'
import { UserFactory } from '#database/factories/user_factory'
import { sqlNow } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor, showPlan } from '#tests/support/community_plans'

test.group('community / interactions: likes', (group) => {
  isolate(group)

  test('liking twice counts once, unliking is idempotent too, and the owner hears of it once per person', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Morning runs' })
    const fan = await actor('shopper')
    const like = () => client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)

    const first = await like()
    first.assertStatus(200)
    assert.containsSubset(first.body().data, { id: plan.id, likesCount: 1, likedByMe: true })
    const second = await like()
    second.assertStatus(200)
    assert.containsSubset(second.body().data, { likesCount: 1, likedByMe: true })
    assert.equal((await SkillPlan.findOrFail(plan.id)).likesCount, 1)
    assert.lengthOf(await db.from('plan_likes').where('plan_id', plan.id), 1)
    assert.lengthOf(
      await Activity.query().where({ actorId: fan.user.id, verb: 'plan.liked', planId: plan.id }),
      1
    )

    const other = await actor('sponsor')
    await client.post(`${API}/plans/${plan.id}/like`).bearerToken(other.token)
    const notification = await Notification.query()
      .where({ userId: owner.user.id, type: 'plan.liked' })
      .firstOrFail()
    assert.equal(notification.actorCount, 2)
    assert.equal(notification.title, '2 people liked your plan "Morning runs"')
    assert.deepEqual(notification.data.planId, plan.id)

    for (let i = 0; i < 2; i++) {
      const unlike = await client.delete(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)
      unlike.assertStatus(200)
      assert.containsSubset(unlike.body().data, { likesCount: 1, likedByMe: false })
    }
    assert.equal((await SkillPlan.findOrFail(plan.id)).likesCount, 1)
    assert.lengthOf(await Activity.query().where({ actorId: fan.user.id, verb: 'plan.liked' }), 0)
    const shown = await showPlan(client, fan.token, plan.id)
    assert.containsSubset(shown.data, { likesCount: 1, likedByMe: false })
  })

  test('an unlisted plan can be liked by whoever has the link', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { visibility: 'unlisted' })
    const fan = await actor('shopper')
    const res = await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)
    res.assertStatus(200)
    assert.equal(res.body().data.likesCount, 1)
  })

  test('owners cannot like or rate their own plan; pending brands and admins cannot either', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    for (const res of [
      await client.post(`${API}/plans/${plan.id}/like`).bearerToken(owner.token),
      await client
        .put(`${API}/plans/${plan.id}/rating`)
        .bearerToken(owner.token)
        .json({ score: 5 }),
    ]) {
      res.assertStatus(403)
      assert.deepEqual(res.body().errors, [
        { code: 'E_FORBIDDEN', message: 'You cannot like or rate your own plan' },
      ])
    }

    const pending = await actor('pendingSponsor')
    const byPending = await client.post(`${API}/plans/${plan.id}/like`).bearerToken(pending.token)
    byPending.assertStatus(403)
    assert.equal(firstError(byPending.body())?.message, 'Your brand account is pending approval')
    const admin = await actor('admin')
    const byAdmin = await client.post(`${API}/plans/${plan.id}/like`).bearerToken(admin.token)
    byAdmin.assertStatus(403)

    const stored = await SkillPlan.findOrFail(plan.id)
    assert.equal(stored.likesCount, 0)
    assert.equal(stored.ratingsCount, 0)
  })
})

test.group('community / interactions: ratings', (group) => {
  isolate(group)

  test('one rating per user: rating again replaces the score and the average stays exact', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Guitar basics' })
    const ann = await actor('shopper')
    const bob = await actor('influencer')
    const rate = (who: typeof ann, score: number) =>
      client.put(`${API}/plans/${plan.id}/rating`).bearerToken(who.token).json({ score })

    const first = await rate(ann, 4)
    first.assertStatus(200)
    assert.containsSubset(first.body().data, { ratingsCount: 1, averageRating: 4, myRating: 4 })
    const again = await rate(ann, 2)
    assert.containsSubset(again.body().data, { ratingsCount: 1, averageRating: 2, myRating: 2 })
    const fromBob = await rate(bob, 5)
    assert.containsSubset(fromBob.body().data, { ratingsCount: 2, averageRating: 3.5, myRating: 5 })
    await rate(bob, 5)
    await rate(ann, 3)

    let stored = await SkillPlan.findOrFail(plan.id)
    assert.deepEqual([stored.ratingsSum, stored.ratingsCount], [8, 2])
    assert.lengthOf(await db.from('plan_ratings').where('plan_id', plan.id), 2)
    const shown = await showPlan(client, ann.token, plan.id)
    assert.containsSubset(shown.data, { averageRating: 4, ratingsCount: 2, myRating: 3 })

    const notification = await Notification.query()
      .where({ userId: owner.user.id, type: 'plan.rated' })
      .firstOrFail()
    assert.equal(notification.actorCount, 2)
    assert.equal(notification.title, '2 new ratings on "Guitar basics"')
    assert.lengthOf(await Activity.query().where({ verb: 'plan.rated', planId: plan.id }), 2)

    for (let i = 0; i < 2; i++) {
      const removed = await client.delete(`${API}/plans/${plan.id}/rating`).bearerToken(ann.token)
      removed.assertStatus(200)
      assert.containsSubset(removed.body().data, {
        ratingsCount: 1,
        averageRating: 5,
        myRating: null,
      })
    }
    stored = await SkillPlan.findOrFail(plan.id)
    assert.deepEqual([stored.ratingsSum, stored.ratingsCount], [5, 1])
    assert.lengthOf(await Activity.query().where({ verb: 'plan.rated', planId: plan.id }), 1)
  })

  test('a score outside 1..5 is refused', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const { token } = await actor('shopper')
    for (const score of [0, 6, 3.5, 'five', null]) {
      const res = await client
        .put(`${API}/plans/${plan.id}/rating`)
        .bearerToken(token)
        .json({ score })
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, 'score')
    }
    assert.equal((await SkillPlan.findOrFail(plan.id)).ratingsCount, 0)
  })
})

test.group('community / interactions: downloads', (group) => {
  isolate(group)

  test('a download answers the full plan and is counted once per user, never for the owner', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const fan = await actor('shopper')
    const download = (token: string) =>
      client.post(`${API}/plans/${plan.id}/download`).bearerToken(token)

    const first = await download(fan.token)
    first.assertStatus(200)
    assert.containsSubset(first.body().data, {
      id: plan.id,
      downloadsCount: 1,
      downloadedByMe: true,
    })
    assert.deepEqual(
      first.body().data.tasks.map((t: { day: number }) => t.day),
      [1, 2, 3]
    )
    assert.isTrue(first.body().meta.counted)
    assert.isString(first.body().meta.computedAt)

    const second = await download(fan.token)
    assert.equal(second.body().data.downloadsCount, 1)
    assert.isFalse(second.body().meta.counted)

    const byOwner = await download(owner.token)
    byOwner.assertStatus(200)
    assert.isFalse(byOwner.body().meta.counted)
    assert.equal((await SkillPlan.findOrFail(plan.id)).downloadsCount, 1)
    assert.lengthOf(await Activity.query().where({ verb: 'plan.downloaded', planId: plan.id }), 1)
  })

  test('the owner is notified when downloads reach 10 and 100, once each', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Chess openings' })
    const others = await Promise.all([actor('shopper'), actor('shopper'), actor('shopper')])
    const fresh = await actor('shopper')
    // Nine earlier downloads.
    const earlier = await UserFactory.createMany(9)
    await db
      .table('plan_downloads')
      .multiInsert(
        earlier.map((user) => ({ plan_id: plan.id, user_id: user.id, created_at: sqlNow() }))
      )
    await SkillPlan.query().where('id', plan.id).update({ downloads_count: 9 })

    const tenth = await client.post(`${API}/plans/${plan.id}/download`).bearerToken(fresh.token)
    assert.equal(tenth.body().data.downloadsCount, 10)
    await client.post(`${API}/plans/${plan.id}/download`).bearerToken(others[0].token)
    let milestones = await Notification.query().where({
      userId: owner.user.id,
      type: 'plan.download_milestone',
    })
    assert.deepEqual(
      milestones.map((n) => n.title),
      ['"Chess openings" reached 10 downloads']
    )

    await SkillPlan.query().where('id', plan.id).update({ downloads_count: 98 })
    await client.post(`${API}/plans/${plan.id}/download`).bearerToken(others[1].token)
    await client.post(`${API}/plans/${plan.id}/download`).bearerToken(others[2].token)
    milestones = await Notification.query()
      .where({ userId: owner.user.id, type: 'plan.download_milestone' })
      .orderBy('id')
    assert.deepEqual(
      milestones.map((n) => n.data.milestone),
      [10, 100]
    )
  })
})
