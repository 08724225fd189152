import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#models/user'
import { isPostgres } from '#platform/db/search'
import { sqlTime } from '#platform/db/time'
import { UserFactory } from '#database/factories/user_factory'
import { actor } from '#tests/support/auth'
import { planFor, firstError } from '#tests/support/community_plans'
import { isolate } from '#tests/support/hooks'

const BEHAVIOUR = '/api/v1/admin/analytics/behaviour'
/** Two ISO weeks, Monday 2033-03-07 to Sunday 2033-03-20, far from the rows other specs write (now). */
const PERIOD = { from: '2033-03-07', to: '2033-03-20' }

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

const member = (joined: string, role: 'shopper' | 'influencer' = 'influencer') =>
  UserFactory.apply(role)
    .merge({ createdAt: at(joined) })
    .create()

const event = (user: User, type: string, when: string, subjectId = 1) =>
  db.table('analytics_events').insert({
    user_id: user.id,
    type,
    subject_type: type === 'search' ? 'search' : type.split('.')[0],
    subject_id: type === 'search' ? 0 : subjectId,
    data: '{}',
    created_at: sqlTime(at(when)),
  })

const activity = (user: User, verb: string, planId: number, when: string) =>
  db.table('activities').insert({
    actor_id: user.id,
    verb,
    subject_type: 'plan',
    subject_id: planId,
    plan_id: planId,
    data: '{}',
    created_at: sqlTime(at(when)),
  })

/** A plan created by `user` on `when`, with its activity row. */
const createPlan = async (user: User, when: string) => {
  const plan = await planFor(user, { createdAt: at(when), updatedAt: at(when) })
  await activity(user, 'plan.created', plan.id, when)
  return plan
}

/** `user` likes `planId` on `when`, with its activity row. */
const like = async (user: User, planId: number, when: string) => {
  await db
    .table('plan_likes')
    .insert({ plan_id: planId, user_id: user.id, created_at: sqlTime(at(when)) })
  await activity(user, 'plan.liked', planId, when)
}

/**
 * The fixture, every figure below counted by hand from it. Members (sign-up):
 *   g 01-01 (creator of the plan others like; no activity in the window) · e 01-15 ·
 *   a 03-07 · b 03-08 · c 03-09 · d 03-14 · h 03-20 23:59:59 · i 03-21 00:00 (after the period) ·
 *   f 03-08, deleted · an admin (left out of everything).
 * Active days (events or activities):
 *   e: 02-05 23:59:59 (before the MAU window of 03-07), 02-06 00:00 (first day of it), 03-12 profile view
 *   a: 03-07 plan created, 03-08 plan view, 03-09 like, 03-15 search
 *   b: 03-10 plan created and 3 plan views
 *   c: 03-16 like (no plan of their own)
 *   d: 03-14 plan created and product view, 03-20 23:59:59 product view, 03-21 like and product view (after the period)
 *   f (deleted): 4 searches on 03-08 · admin: 5 plan views on 03-10
 */
async function insertFixture() {
  const g = await member('2033-01-01T09:00:00')
  const plan = await planFor(g, { createdAt: at('2033-01-02T09:00:00') })
  const e = await member('2033-01-15T09:00:00', 'shopper')
  const a = await member('2033-03-07T10:00:00')
  const b = await member('2033-03-08T10:00:00')
  const c = await member('2033-03-09T10:00:00', 'shopper')
  const d = await member('2033-03-14T10:00:00')
  await member('2033-03-20T23:59:59', 'shopper')
  await member('2033-03-21T00:00:00', 'shopper')
  const f = await member('2033-03-08T10:00:00', 'shopper')
  await db
    .from('users')
    .where('id', f.id)
    .update({ deleted_at: sqlTime(at('2033-03-09T00:00:00')) })
  const admin = await UserFactory.apply('admin')
    .merge({ createdAt: at('2033-03-07T08:00:00') })
    .create()

  await event(e, 'plan.view', '2033-02-05T23:59:59', plan.id)
  await event(e, 'plan.view', '2033-02-06T00:00:00', plan.id)
  await event(e, 'profile.view', '2033-03-12T12:00:00', g.id)

  await createPlan(a, '2033-03-07T11:00:00')
  await event(a, 'plan.view', '2033-03-08T12:00:00', plan.id)
  await like(a, plan.id, '2033-03-09T12:00:00')
  await event(a, 'search', '2033-03-15T12:00:00')

  await createPlan(b, '2033-03-10T11:00:00')
  for (let i = 0; i < 3; i++) await event(b, 'plan.view', '2033-03-10T12:00:00', plan.id)

  await like(c, plan.id, '2033-03-16T12:00:00')

  await createPlan(d, '2033-03-14T11:00:00')
  await event(d, 'product.view', '2033-03-14T12:00:00')
  await event(d, 'product.view', '2033-03-20T23:59:59')
  await event(d, 'product.view', '2033-03-21T00:00:00')
  await like(d, plan.id, '2033-03-21T00:00:00')

  for (let i = 0; i < 4; i++) await event(f, 'search', '2033-03-08T12:00:00')
  for (let i = 0; i < 5; i++) await event(admin, 'plan.view', '2033-03-10T12:00:00', plan.id)
}

/** Day by day from 03-07: [DAU, WAU, MAU]. */
const ACTIVE: [number, number, number][] = [
  [1, 1, 2], // 03-07: a; e's 02-06 is the first day of the 30
  [1, 1, 1], // 03-08: e's 02-06 left the window
  [1, 1, 1],
  [1, 2, 2], // 03-10: b
  [0, 2, 2],
  [1, 3, 3], // 03-12: e
  [0, 3, 3],
  [1, 4, 4], // 03-14: d
  [1, 4, 4], // 03-15: a again
  [1, 5, 5], // 03-16: c
  [0, 4, 5], // 03-17: b's 03-10 left the 7 days
  [0, 4, 5],
  [0, 3, 5], // 03-19: e's 03-12 left the 7 days
  [1, 3, 5], // 03-20: d at 23:59:59
]

const clearCache = async (client: ApiClient, token: string) =>
  (await client.post('/api/v1/admin/cache/clear').bearerToken(token).json({})).assertStatus(200)

test.group('analytics / members’ behaviour for admins', (group) => {
  isolate(group)

  test('active members, funnel, retention and features match the hand-counted fixture', async ({
    client,
    assert,
  }) => {
    // Days are UTC whatever PostgreSQL's session time zone says.
    if (isPostgres()) await db.rawQuery(`set local time zone 'Pacific/Auckland'`)
    const { token } = await actor('admin')
    await insertFixture()
    await clearCache(client, token)

    const res = await client.get(BEHAVIOUR).qs(PERIOD).bearerToken(token)
    res.assertStatus(200)
    const { data, meta } = res.body()
    assert.containsSubset(meta, { ...PERIOD, bucket: 'week', limit: 10 })

    assert.deepEqual(
      data.active.series,
      ACTIVE.map(([dau, wau, mau], i) => ({
        day: at(PERIOD.from).plus({ days: i }).toISODate(),
        dau,
        wau,
        mau,
      }))
    )
    assert.deepEqual(data.active.current, { day: '2033-03-20', dau: 1, wau: 3, mau: 5 })

    // Week of 03-07: a (plan, like), b (plan), c (a like but no plan: out at step 2).
    // Week of 03-14: d (plan; the like of 03-21 is after the period), h (nothing).
    assert.deepEqual(data.funnel, {
      bucket: 'week',
      cohorts: [
        {
          cohort: '2033-03-07',
          signedUp: 3,
          firstPlan: 2,
          firstLike: 1,
          planRate: 66.7,
          likeRate: 50,
          overallRate: 33.3,
        },
        {
          cohort: '2033-03-14',
          signedUp: 2,
          firstPlan: 1,
          firstLike: 0,
          planRate: 50,
          likeRate: 0,
          overallRate: 0,
        },
      ],
      total: {
        signedUp: 5,
        firstPlan: 3,
        firstLike: 1,
        planRate: 60,
        likeRate: 33.3,
        overallRate: 20,
      },
    })

    // a and b active in their sign-up week, a and c the week after; d in week 0, h never.
    assert.deepEqual(data.retention, [
      {
        cohort: '2033-03-07',
        size: 3,
        weeks: [
          { week: 0, active: 2, percent: 66.7 },
          { week: 1, active: 2, percent: 66.7 },
        ],
      },
      { cohort: '2033-03-14', size: 2, weeks: [{ week: 0, active: 1, percent: 50 }] },
    ])

    assert.deepEqual(data.features, [
      { feature: 'plan_browsing', uses: 4, members: 2 },
      { feature: 'plan_creation', uses: 3, members: 3 },
      { feature: 'likes', uses: 2, members: 2 },
      { feature: 'shop', uses: 2, members: 1 },
      { feature: 'profiles', uses: 1, members: 1 },
      { feature: 'search', uses: 1, members: 1 },
    ])

    // Daily cohorts over the same rows; the top 3 features only.
    const daily = await client
      .get(BEHAVIOUR)
      .qs({ ...PERIOD, bucket: 'day', limit: 3 })
      .bearerToken(token)
    daily.assertStatus(200)
    const cohorts = daily.body().data.funnel.cohorts
    assert.lengthOf(cohorts, 14)
    assert.deepEqual(
      cohorts
        .filter((row: { signedUp: number }) => row.signedUp)
        .map((row: { cohort: string; signedUp: number; firstPlan: number; firstLike: number }) => [
          row.cohort,
          row.signedUp,
          row.firstPlan,
          row.firstLike,
        ]),
      [
        ['2033-03-07', 1, 1, 1],
        ['2033-03-08', 1, 1, 0],
        ['2033-03-09', 1, 0, 0],
        ['2033-03-14', 1, 1, 0],
        ['2033-03-20', 1, 0, 0],
      ]
    )
    assert.deepEqual(cohorts[4], {
      cohort: '2033-03-11',
      signedUp: 0,
      firstPlan: 0,
      firstLike: 0,
      planRate: null,
      likeRate: null,
      overallRate: null,
    })
    assert.deepEqual(
      daily.body().data.features.map((f: { feature: string }) => f.feature),
      ['plan_browsing', 'plan_creation', 'likes']
    )
  })

  test('answers are cached like the dashboard charts and default to the last 30 days', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await clearCache(client, token)
    const first = await client.get(BEHAVIOUR).qs(PERIOD).bearerToken(token)
    first.assertStatus(200)
    assert.deepEqual(first.body().data.active.current, {
      day: '2033-03-20',
      dau: 0,
      wau: 0,
      mau: 0,
    })

    await insertFixture()
    const second = await client.get(BEHAVIOUR).qs(PERIOD).bearerToken(token)
    assert.equal(second.body().meta.computedAt, first.body().meta.computedAt)
    assert.deepEqual(second.body().data, first.body().data)
    // another limit reads the same entry
    const limited = await client
      .get(BEHAVIOUR)
      .qs({ ...PERIOD, limit: 1 })
      .bearerToken(token)
    assert.equal(limited.body().meta.computedAt, first.body().meta.computedAt)

    await clearCache(client, token)
    const fresh = await client.get(BEHAVIOUR).qs(PERIOD).bearerToken(token)
    assert.deepEqual(fresh.body().data.active.current, {
      day: '2033-03-20',
      dau: 1,
      wau: 3,
      mau: 5,
    })

    const today = DateTime.utc().startOf('day')
    const current = await client.get(BEHAVIOUR).bearerToken(token)
    current.assertStatus(200)
    assert.containsSubset(current.body().meta, {
      from: today.minus({ days: 29 }).toISODate(),
      to: today.toISODate(),
      bucket: 'week',
      limit: 10,
    })
    assert.lengthOf(current.body().data.active.series, 30)
  })

  test('bad queries are 422 naming the field', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const cases: [Record<string, string>, string][] = [
      [{ from: '2033-02-30' }, 'from'],
      [{ from: 'yesterday' }, 'from'],
      [{ from: '2033-03-20', to: '2033-03-07' }, 'to'],
      [{ from: '2031-01-01', to: '2033-01-01' }, 'from'],
      [{ bucket: 'year' }, 'bucket'],
      [{ limit: '0' }, 'limit'],
      [{ limit: '51' }, 'limit'],
      [{ limit: '2.5' }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
    ]
    for (const [qs, field] of cases) {
      const res = await client.get(BEHAVIOUR).qs(qs).bearerToken(token)
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, field, JSON.stringify(qs))
      assert.isString(firstError(res.body())?.code)
    }
  })

  test('members are refused (403) and anonymous callers asked to log in (401)', async ({
    client,
    assert,
  }) => {
    for (const persona of ['shopper', 'influencer', 'sponsor'] as const) {
      const { token } = await actor(persona)
      const res = await client.get(BEHAVIOUR).qs(PERIOD).bearerToken(token)
      res.assertStatus(403)
      assert.equal(firstError(res.body())?.code, 'E_FORBIDDEN')
    }
    ;(await client.get(BEHAVIOUR).qs(PERIOD)).assertStatus(401)
  })
})
