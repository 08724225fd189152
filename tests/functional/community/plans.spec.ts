import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Activity from '#models/activity'
import PlanTask from '#models/plan_task'
import SkillPlan from '#models/skill_plan'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, ids, planBody, planFor, showPlan } from '#tests/support/community_plans'

test.group('community / plans: owners share and manage their plans', (group) => {
  isolate(group)

  test('a creator shares a plan, reads it back with its tasks and finds it in both lists', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('influencer')
    const res = await client
      .post(`${API}/plans`)
      .bearerToken(token)
      .json(
        planBody({
          title: '  Sketch daily  ',
          category: ' Art ',
          tags: ['Drawing', 'drawing', 'Habit'],
          tasks: [
            { day: 2, title: 'B' },
            { day: 1, title: 'A' },
            { day: 2, title: 'C' },
          ],
        })
      )
    res.assertStatus(201)
    const plan = res.body().data
    assert.containsSubset(plan, {
      title: 'Sketch daily',
      category: 'art',
      difficulty: 'beginner',
      durationDays: 3,
      tags: ['drawing', 'habit'],
      visibility: 'public',
      hidden: false,
      owner: { id: user.id, fullName: user.fullName, role: 'influencer' },
      likesCount: 0,
      downloadsCount: 0,
      commentsCount: 0,
      ratingsCount: 0,
      averageRating: null,
      likedByMe: false,
      myRating: null,
      downloadedByMe: false,
    })
    assert.notProperty(plan.owner, 'email')
    assert.deepEqual(
      plan.tasks.map((t: { day: number; position: number; title: string }) => [
        t.day,
        t.position,
        t.title,
      ]),
      [
        [1, 1, 'A'],
        [2, 1, 'B'],
        [2, 2, 'C'],
      ]
    )
    assert.isString(res.body().meta.computedAt)

    const shown = await showPlan(client, token, plan.id)
    assert.deepEqual(shown.data.tasks, plan.tasks)

    const mine = await client.get(`${API}/me/plans`).bearerToken(token)
    mine.assertStatus(200)
    assert.deepEqual(ids(mine.body()), [plan.id])
    assert.deepEqual(mine.body().meta, { page: 1, perPage: 20, total: 1, lastPage: 1 })
    assert.notProperty(mine.body().data[0], 'tasks')

    const other = await actor('shopper')
    const theirs = await client.get(`${API}/users/${user.id}/plans`).bearerToken(other.token)
    theirs.assertStatus(200)
    assert.deepEqual(ids(theirs.body()), [plan.id])

    const activity = await Activity.query()
      .where('actor_id', user.id)
      .where('verb', 'plan.created')
      .firstOrFail()
    assert.equal(activity.planId, plan.id)
  })

  test('shoppers and approved brands may share plans; pending brands, admins and anonymous callers may not', async ({
    client,
    assert,
  }) => {
    for (const persona of ['shopper', 'sponsor'] as const) {
      const { token } = await actor(persona)
      const res = await client.post(`${API}/plans`).bearerToken(token).json(planBody())
      res.assertStatus(201)
    }

    const pending = await actor('pendingSponsor')
    const refused = await client.post(`${API}/plans`).bearerToken(pending.token).json(planBody())
    refused.assertStatus(403)
    assert.deepEqual(refused.body().errors, [
      { code: 'E_FORBIDDEN', message: 'Your brand account is pending approval' },
    ])

    const admin = await actor('admin')
    const byAdmin = await client.post(`${API}/plans`).bearerToken(admin.token).json(planBody())
    byAdmin.assertStatus(403)
    assert.equal(firstError(byAdmin.body())?.code, 'E_FORBIDDEN')

    const anonymous = await client.post(`${API}/plans`).json(planBody())
    anonymous.assertStatus(401)
    assert.equal(
      await SkillPlan.query().whereIn('owner_id', [pending.user.id, admin.user.id]).first(),
      null
    )
  })

  test('invalid plans are refused with 422 naming each field', async ({ client, assert }) => {
    const { token } = await actor('influencer')
    const fields = async (body: Record<string, unknown>) => {
      const res = await client.post(`${API}/plans`).bearerToken(token).json(body)
      res.assertStatus(422)
      return res.body().errors.map((e: { field: string }) => e.field)
    }

    assert.sameMembers(await fields({}), [
      'title',
      'description',
      'category',
      'difficulty',
      'durationDays',
      'tasks',
    ])
    assert.sameMembers(await fields(planBody({ durationDays: 0 })), ['durationDays'])
    assert.sameMembers(await fields(planBody({ durationDays: 366 })), ['durationDays'])
    assert.sameMembers(await fields(planBody({ durationDays: 2.5 })), ['durationDays'])
    assert.sameMembers(await fields(planBody({ difficulty: 'expert', visibility: 'private' })), [
      'difficulty',
      'visibility',
    ])
    assert.sameMembers(
      await fields(planBody({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) })),
      ['tags']
    )
    assert.sameMembers(await fields(planBody({ tasks: [] })), ['tasks'])
    assert.sameMembers(await fields(planBody({ tasks: [{ day: 0, title: 'x' }, { day: 1 }] })), [
      'tasks.0.day',
      'tasks.1.title',
    ])

    const outside = await client
      .post(`${API}/plans`)
      .bearerToken(token)
      .json(
        planBody({
          durationDays: 2,
          tasks: [
            { day: 1, title: 'a' },
            { day: 3, title: 'b' },
          ],
        })
      )
    outside.assertStatus(422)
    assert.deepEqual(outside.body().errors, [
      {
        code: 'E_VALIDATION_ERROR',
        field: 'tasks.1.day',
        message: 'Day 3 is outside the plan: days run from 1 to 2',
      },
    ])

    const maxed = await client
      .post(`${API}/plans`)
      .bearerToken(token)
      .json(planBody({ durationDays: 365, tasks: [{ day: 365, title: 'Last day' }] }))
    maxed.assertStatus(201)
  })

  test('the owner updates fields and replaces the tasks wholesale, all or nothing', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('influencer')
    const plan = await planFor(user)
    const patch = (body: Record<string, unknown>) =>
      client.patch(`${API}/plans/${plan.id}`).bearerToken(token).json(body)

    const res = await patch({
      title: 'Renamed',
      category: 'DESIGN',
      durationDays: 5,
      tasks: [{ day: 5, title: 'Only one' }],
      visibility: 'unlisted',
    })
    res.assertStatus(200)
    assert.containsSubset(res.body().data, {
      title: 'Renamed',
      category: 'design',
      durationDays: 5,
      visibility: 'unlisted',
    })
    assert.deepEqual(
      res.body().data.tasks.map((t: { day: number; title: string }) => [t.day, t.title]),
      [[5, 'Only one']]
    )
    assert.lengthOf(await PlanTask.query().where('plan_id', plan.id), 1)

    // A bad task day rolls the whole update back.
    const bad = await patch({
      title: 'Never saved',
      durationDays: 2,
      tasks: [
        { day: 1, title: 'ok' },
        { day: 3, title: 'too late' },
      ],
    })
    bad.assertStatus(422)
    assert.equal(firstError(bad.body())?.field, 'tasks.1.day')
    const stored = await SkillPlan.findOrFail(plan.id)
    assert.equal(stored.title, 'Renamed')
    assert.equal(stored.durationDays, 5)
    assert.lengthOf(await PlanTask.query().where('plan_id', plan.id), 1)

    // Shortening the plan below a day that has tasks needs new tasks.
    const shorter = await patch({ durationDays: 4 })
    shorter.assertStatus(422)
    assert.equal(firstError(shorter.body())?.field, 'durationDays')
    const withTasks = await patch({ durationDays: 4, tasks: [{ day: 4, title: 'New last day' }] })
    withTasks.assertStatus(200)
    assert.equal(withTasks.body().data.durationDays, 4)

    const tags = await patch({ tags: [] })
    assert.deepEqual(tags.body().data.tags, [])
  })

  test('others cannot change or delete a plan; the owner deletes it', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const other = await actor('influencer')

    const patch = await client
      .patch(`${API}/plans/${plan.id}`)
      .bearerToken(other.token)
      .json({ title: 'Stolen' })
    patch.assertStatus(403)
    assert.deepEqual(patch.body().errors, [
      { code: 'E_FORBIDDEN', message: 'Only the owner can change this plan' },
    ])
    const del = await client.delete(`${API}/plans/${plan.id}`).bearerToken(other.token)
    del.assertStatus(403)

    const own = await client.delete(`${API}/plans/${plan.id}`).bearerToken(owner.token)
    own.assertStatus(204)
    assert.isNull(await SkillPlan.find(plan.id))
    const gone = await client.get(`${API}/plans/${plan.id}`).bearerToken(owner.token)
    gone.assertStatus(404)
    assert.deepEqual(gone.body().errors, [{ code: 'E_NOT_FOUND', message: 'Plan not found' }])
  })
})

test.group('community / plans: who sees what', (group) => {
  isolate(group)

  test('reads need a signed-in account', async ({ client }) => {
    const { user } = await actor('influencer')
    const plan = await planFor(user)
    for (const path of [
      `/plans/${plan.id}`,
      `/users/${user.id}/plans`,
      '/me/plans',
      `/plans/${plan.id}/comments`,
      `/plans/${plan.id}/custom-tasks`,
    ]) {
      const res = await client.get(`${API}${path}`)
      res.assertStatus(401)
    }
  })

  test('an unlisted plan opens by id for anyone signed in but is never listed for others', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const unlisted = await planFor(owner.user, { visibility: 'unlisted', title: 'Secret link' })
    const listed = await planFor(owner.user)
    const viewer = await actor('shopper')

    const shown = await showPlan(client, viewer.token, unlisted.id)
    assert.equal(shown.data.visibility, 'unlisted')

    const theirs = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token)
    assert.deepEqual(ids(theirs.body()), [listed.id])
    assert.equal(theirs.body().meta.total, 1)
    const asOwner = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(owner.token)
    assert.deepEqual(ids(asOwner.body()), [listed.id])

    const mine = await client.get(`${API}/me/plans`).bearerToken(owner.token)
    assert.sameMembers(ids(mine.body()), [listed.id, unlisted.id])
  })

  test('a hidden plan answers 404 to everyone but its owner and admins, and leaves every list', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const viewer = await actor('shopper')
    const admin = await actor('admin')
    const cached = await showPlan(client, viewer.token, plan.id)
    assert.isFalse(cached.data.hidden)

    plan.hiddenAt = DateTime.utc()
    await plan.save()

    for (const [method, path] of [
      ['get', `/plans/${plan.id}`],
      ['post', `/plans/${plan.id}/like`],
      ['post', `/plans/${plan.id}/download`],
      ['get', `/plans/${plan.id}/comments`],
      ['post', `/plans/${plan.id}/comments`],
      ['get', `/plans/${plan.id}/custom-tasks`],
    ] as const) {
      const request =
        method === 'get'
          ? client.get(`${API}${path}`)
          : client.post(`${API}${path}`).json(path.endsWith('/comments') ? { body: 'hello' } : {})
      const res = await request.bearerToken(viewer.token)
      res.assertStatus(404)
      assert.equal(firstError(res.body())?.code, 'E_NOT_FOUND')
    }
    const listed = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token)
    assert.deepEqual(ids(listed.body()), [])

    // The flag is read live, even while the plan itself comes from the cache.
    const asOwner = await showPlan(client, owner.token, plan.id)
    assert.isTrue(asOwner.data.hidden)
    assert.equal(asOwner.meta.computedAt, cached.meta.computedAt)
    const asAdmin = await showPlan(client, admin.token, plan.id)
    assert.isTrue(asAdmin.data.hidden)
    const mine = await client.get(`${API}/me/plans`).bearerToken(owner.token)
    assert.deepEqual(
      mine.body().data.map((p: { id: number; hidden: boolean }) => [p.id, p.hidden]),
      [[plan.id, true]]
    )
  })

  test("a blocked owner's plans disappear", async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const viewer = await actor('shopper')
    owner.user.blockedAt = DateTime.utc()
    await owner.user.save()

    const res = await client.get(`${API}/plans/${plan.id}`).bearerToken(viewer.token)
    res.assertStatus(404)
    const list = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(viewer.token)
    list.assertStatus(404)
    assert.deepEqual(list.body().errors, [{ code: 'E_NOT_FOUND', message: 'User not found' }])
    const unknown = await client.get(`${API}/users/999999999/plans`).bearerToken(viewer.token)
    unknown.assertStatus(404)
  })
})

test.group('community / plans: cached full plan', (group) => {
  isolate(group)

  test('the plan is served from the cache with per-viewer fields computed fresh, and any change drops it', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const fan = await actor('shopper')
    const stranger = await actor('shopper')

    const first = await showPlan(client, fan.token, plan.id)
    // Changed behind the service's back: a cache hit still shows the old title.
    await SkillPlan.query().where('id', plan.id).update({ title: 'Changed in the database' })
    const again = await showPlan(client, stranger.token, plan.id)
    assert.equal(again.meta.computedAt, first.meta.computedAt)
    assert.equal(again.data.title, 'Setup plan')

    const like = await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)
    like.assertStatus(200)

    const afterLike = await showPlan(client, fan.token, plan.id)
    assert.notEqual(afterLike.meta.computedAt, first.meta.computedAt)
    assert.containsSubset(afterLike.data, {
      title: 'Changed in the database',
      likesCount: 1,
      likedByMe: true,
    })

    const forStranger = await showPlan(client, stranger.token, plan.id)
    assert.equal(forStranger.meta.computedAt, afterLike.meta.computedAt)
    assert.containsSubset(forStranger.data, { likesCount: 1, likedByMe: false, myRating: null })

    const update = await client
      .patch(`${API}/plans/${plan.id}`)
      .bearerToken(owner.token)
      .json({ title: 'Edited by its owner' })
    update.assertStatus(200)
    const afterUpdate = await showPlan(client, stranger.token, plan.id)
    assert.equal(afterUpdate.data.title, 'Edited by its owner')
  })
})
