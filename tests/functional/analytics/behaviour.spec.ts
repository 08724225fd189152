import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { isPostgres } from '#platform/db/search'
import { actor } from '#tests/support/auth'
import { at, BEHAVIOUR, insertFixture, PERIOD } from '#tests/support/behaviour'
import { firstError } from '#tests/support/community_plans'
import { isolate } from '#tests/support/hooks'

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
