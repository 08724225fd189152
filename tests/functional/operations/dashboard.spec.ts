import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import DashboardService from '#services/analytics/dashboard_service'
import type { Bucket } from '#services/analytics/date_buckets'
import { isPostgres } from '#platform/db/search'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { migratedSqlite } from '#tests/support/sqlite'

const ADMIN = '/api/v1/admin'
const MARCH = { from: '2031-03-01', to: '2031-03-31' }

/**
 * The fixture: one set of rows with explicit UTC timestamps in and around
 * March 2031, far from the rows other specs create (now). Every expected
 * figure below is counted by hand from this list.
 *
 * users (role, status, created_at):
 *   u1 admin active 02-10 · u2 sponsor active 02-27 · u3 sponsor pending 03-01 00:00:00 ·
 *   u4 sponsor pending + blocked 03-01 23:59:59 · u5 influencer 03-02 · u6 influencer flagged 03-04 08:00 ·
 *   u7 influencer 03-04 23:30 · u8 shopper 03-10 00:00:01 · u9 sponsor rejected 03-17 ·
 *   u10 shopper 03-31 23:59:59 · u11 shopper 04-01 00:00:00 ·
 *   u12 shopper 03-12, deleted 03-20 (counted apart, in no other figure or chart)
 * campaigns (niche, status, created_at): c1 beauty active 03-01 · c2 beauty draft 03-01 ·
 *   c3 fitness active 03-03 · c4 travel completed 03-05 · c5 fitness paused 02-20
 * ad requests (campaign/influencer, status, created_at, responded_at):
 *   a1 c1/u5 pending 03-01 · a2 c1/u6 accepted 03-01, 03-03 · a3 c3/u5 completed 03-03, 03-04 ·
 *   a4 c3/u7 rejected 03-04, 03-04 · a5 c4/u5 negotiating 03-05 23:59:59 ·
 *   a6 c5/u6 accepted 02-21, 02-22 · a7 c4/u6 accepted 03-05, 04-01 00:00:01
 * skill plans: 2 · reports: open, claimed, resolved
 */
async function insertFixture(connection: string | undefined, prefix: string) {
  const client = db.connection(connection)
  const pg = isPostgres(connection)
  // PostgreSQL takes the instant; SQLite stores the UTC text Lucid writes.
  const at = (iso: string) => (pg ? `${iso}Z` : iso.replace('T', ' '))
  const insert = async (table: string, row: Record<string, unknown>) => {
    const [inserted] = await client.insertQuery().table(table).returning('id').insert(row)
    return Number(typeof inserted === 'object' ? inserted.id : inserted)
  }

  const user = (
    n: number,
    role: string,
    status: string,
    created: string,
    extra: Record<string, unknown> = {}
  ) =>
    insert('users', {
      email: `${prefix}u${n}@dashboard.test`,
      password: 'not-a-hash',
      full_name: `Fixture ${n}`,
      role,
      status,
      created_at: at(created),
      updated_at: at(created),
      ...extra,
    })
  await user(1, 'admin', 'active', '2031-02-10T09:00:00')
  const u2 = await user(2, 'sponsor', 'active', '2031-02-27T12:00:00')
  await user(3, 'sponsor', 'pending', '2031-03-01T00:00:00')
  await user(4, 'sponsor', 'pending', '2031-03-01T23:59:59', {
    blocked_at: at('2031-03-02T08:00:00'),
  })
  const u5 = await user(5, 'influencer', 'active', '2031-03-02T10:00:00')
  const u6 = await user(6, 'influencer', 'active', '2031-03-04T08:00:00', {
    flagged_at: at('2031-03-06T08:00:00'),
  })
  const u7 = await user(7, 'influencer', 'active', '2031-03-04T23:30:00')
  await user(8, 'shopper', 'active', '2031-03-10T00:00:01')
  await user(9, 'sponsor', 'rejected', '2031-03-17T15:00:00')
  await user(10, 'shopper', 'active', '2031-03-31T23:59:59')
  await user(11, 'shopper', 'active', '2031-04-01T00:00:00')
  await user(12, 'shopper', 'active', '2031-03-12T10:00:00', {
    deleted_at: at('2031-03-20T10:00:00'),
  })

  const campaign = (niche: string, status: string, created: string) =>
    insert('campaigns', {
      sponsor_id: u2,
      name: `${niche} ${status}`,
      description: 'Fixture campaign',
      niche: `${prefix}${niche}`,
      budget: 100_000,
      start_date: '2031-03-01',
      end_date: '2031-06-30',
      status,
      created_at: at(created),
      updated_at: at(created),
    })
  const c1 = await campaign('beauty', 'active', '2031-03-01T08:00:00')
  await campaign('beauty', 'draft', '2031-03-01T20:00:00')
  const c3 = await campaign('fitness', 'active', '2031-03-03T12:00:00')
  const c4 = await campaign('travel', 'completed', '2031-03-05T12:00:00')
  const c5 = await campaign('fitness', 'paused', '2031-02-20T12:00:00')

  const request = (
    campaignId: number,
    influencerId: number,
    status: string,
    created: string,
    responded: string | null
  ) =>
    insert('ad_requests', {
      campaign_id: campaignId,
      sponsor_id: u2,
      influencer_id: influencerId,
      initiated_by: 'sponsor',
      requirements: 'Fixture',
      deliverables: 'Fixture',
      payment_amount: 50_000,
      status,
      responded_at: responded && at(responded),
      created_at: at(created),
      updated_at: at(created),
    })
  await request(c1, u5, 'pending', '2031-03-01T09:00:00', null)
  await request(c1, u6, 'accepted', '2031-03-01T10:00:00', '2031-03-03T11:00:00')
  await request(c3, u5, 'completed', '2031-03-03T13:00:00', '2031-03-04T09:00:00')
  await request(c3, u7, 'rejected', '2031-03-04T09:00:00', '2031-03-04T10:00:00')
  await request(c4, u5, 'negotiating', '2031-03-05T23:59:59', null)
  await request(c5, u6, 'accepted', '2031-02-21T10:00:00', '2031-02-22T10:00:00')
  await request(c4, u6, 'accepted', '2031-03-05T10:00:00', '2031-04-01T00:00:01')

  for (const title of ['Plan one', 'Plan two']) {
    await insert('skill_plans', {
      owner_id: u5,
      title,
      description: 'Fixture plan',
      category: 'fitness',
      difficulty: 'beginner',
      duration_days: 7,
      created_at: at('2031-03-02T12:00:00'),
      updated_at: at('2031-03-02T12:00:00'),
    })
  }
  for (const [status, target] of [
    ['open', u5],
    ['claimed', u6],
    ['resolved', u7],
  ] as const) {
    await insert('reports', {
      target_type: 'user',
      target_id: target,
      reason: 'spam',
      status,
      created_at: at('2031-03-06T12:00:00'),
      updated_at: at('2031-03-06T12:00:00'),
    })
  }
}

/** The stats of the fixture alone (on PostgreSQL: what it adds to the figures). */
const FIXTURE_STATS = {
  users: {
    total: 11,
    byRole: { admin: 1, sponsor: 4, influencer: 3, shopper: 3 },
    byStatus: { active: 8, pending: 2, rejected: 1, blocked: 1, flagged: 1 },
    deleted: 1,
  },
  pendingSponsors: 1,
  campaigns: { total: 5, byStatus: { draft: 1, active: 2, paused: 1, completed: 1 } },
  adRequests: {
    total: 7,
    byStatus: { pending: 1, negotiating: 1, accepted: 3, rejected: 1, completed: 1, withdrawn: 0 },
  },
  skillPlans: { total: 2 },
  reports: { open: 2 },
  sales: { count: 0, revenue: 0, currency: 'USD' },
}

const FIXTURE_CAMPAIGN_STATUS = [
  { status: 'active', count: 2 },
  { status: 'completed', count: 1 },
  { status: 'draft', count: 1 },
  { status: 'paused', count: 1 },
]

const FIXTURE_AD_REQUEST_STATUS = [
  { status: 'pending', count: 1 },
  { status: 'negotiating', count: 1 },
  { status: 'accepted', count: 3 },
  { status: 'rejected', count: 1 },
  { status: 'completed', count: 1 },
  { status: 'withdrawn', count: 0 },
]

/** `after - before` for every number (a key missing before counts as 0); anything else as it is after. */
function delta(after: any, before: any): any {
  if (typeof after === 'number') return after - (typeof before === 'number' ? before : 0)
  if (Array.isArray(after) || after === null || typeof after !== 'object') return after
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, delta(v, before?.[k])]))
}

/** Per-status counts of a `[{ status, count }]` series, minus those of `before`. */
function statusDelta(
  after: { status: string; count: number }[],
  before: { status: string; count: number }[]
) {
  const was = new Map(before.map((entry) => [entry.status, entry.count]))
  return after
    .map(({ status, count }) => ({ status, count: count - (was.get(status) ?? 0) }))
    .filter((entry) => entry.count !== 0)
}

type Chart = 'user-growth' | 'campaign-activity' | 'campaign-distribution' | 'ad-request-status'
type Query = { from: string; to: string; bucket: Bucket }
/** Reads one chart's `data`: over HTTP (PostgreSQL) or from the service on another connection (SQLite). */
type Reader = (chart: Chart, query?: Query) => Promise<any>

const utcDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' })

function overHttp(client: ApiClient, token: string): Reader {
  return async (chart, query) => {
    const res = await client
      .get(`${ADMIN}/dashboard/charts/${chart}`)
      .qs(query ?? {})
      .bearerToken(token)
    res.assertStatus(200)
    return res.body().data
  }
}

function overService(dashboard: DashboardService): Reader {
  return async (chart, query) => {
    const range = query && { from: utcDay(query.from), to: utcDay(query.to), bucket: query.bucket }
    if (chart === 'user-growth') return (await dashboard.userGrowth(range!)).value
    if (chart === 'campaign-activity') return (await dashboard.campaignActivity(range!)).value
    if (chart === 'campaign-distribution') return (await dashboard.campaignDistribution()).value
    return (await dashboard.adRequestStatus()).value
  }
}

/**
 * The time series of the fixture, identical on every database. `offset`:
 * users that existed before the fixture (all created before March 2031).
 */
async function assertTimeSeries(assert: Assert, read: Reader, offset: number) {
  const growth = (rows: [string, number][], start: number) => {
    let cumulative = offset + start
    return rows.map(([bucket, count]) => ({ bucket, count, cumulative: (cumulative += count) }))
  }

  // u1 and u2 joined in February; 03-03 and 03-05 are gaps, filled with zeros.
  assert.deepEqual(
    await read('user-growth', { from: '2031-03-01', to: '2031-03-05', bucket: 'day' }),
    growth(
      [
        ['2031-03-01', 2],
        ['2031-03-02', 1],
        ['2031-03-03', 0],
        ['2031-03-04', 2],
        ['2031-03-05', 0],
      ],
      2
    )
  )
  // ISO weeks start on Monday: 2031-03-01 is a Saturday, so the first bucket is 02-24 and counts 03-01 and 03-02 only.
  assert.deepEqual(
    await read('user-growth', { ...MARCH, bucket: 'week' }),
    growth(
      [
        ['2031-02-24', 3],
        ['2031-03-03', 2],
        ['2031-03-10', 1],
        ['2031-03-17', 1],
        ['2031-03-24', 0],
        ['2031-03-31', 1],
      ],
      2
    )
  )
  // u10 (03-31 23:59:59 UTC) is in, u11 (04-01 00:00 UTC) is not.
  assert.deepEqual(
    await read('user-growth', { ...MARCH, bucket: 'month' }),
    growth([['2031-03-01', 8]], 2)
  )
  const days = await read('user-growth', { ...MARCH, bucket: 'day' })
  const busy: Record<string, number> = {
    '2031-03-01': 2,
    '2031-03-02': 1,
    '2031-03-04': 2,
    '2031-03-10': 1,
    '2031-03-17': 1,
    '2031-03-31': 1,
  }
  assert.deepEqual(
    days.map((d: { bucket: string; count: number }) => [d.bucket, d.count]),
    Array.from({ length: 31 }, (_, i) => {
      const day = `2031-03-${String(i + 1).padStart(2, '0')}`
      return [day, busy[day] ?? 0]
    })
  )
  assert.equal(days.at(-1).cumulative, offset + 10)

  // accepted counts by responded_at: a2 on 03-03, a3 (completed) on 03-04; a4 was rejected, a7 answered in April.
  assert.deepEqual(
    await read('campaign-activity', { from: '2031-03-01', to: '2031-03-05', bucket: 'day' }),
    [
      { bucket: '2031-03-01', campaigns: 2, adRequests: 2, accepted: 0 },
      { bucket: '2031-03-02', campaigns: 0, adRequests: 0, accepted: 0 },
      { bucket: '2031-03-03', campaigns: 1, adRequests: 1, accepted: 1 },
      { bucket: '2031-03-04', campaigns: 0, adRequests: 1, accepted: 1 },
      { bucket: '2031-03-05', campaigns: 1, adRequests: 2, accepted: 0 },
    ]
  )
  const quiet = { campaigns: 0, adRequests: 0, accepted: 0 }
  assert.deepEqual(await read('campaign-activity', { ...MARCH, bucket: 'week' }), [
    { bucket: '2031-02-24', campaigns: 2, adRequests: 2, accepted: 0 },
    { bucket: '2031-03-03', campaigns: 2, adRequests: 4, accepted: 2 },
    { bucket: '2031-03-10', ...quiet },
    { bucket: '2031-03-17', ...quiet },
    { bucket: '2031-03-24', ...quiet },
    { bucket: '2031-03-31', ...quiet },
  ])
  assert.deepEqual(await read('campaign-activity', { ...MARCH, bucket: 'month' }), [
    { bucket: '2031-03-01', campaigns: 4, adRequests: 6, accepted: 2 },
  ])
}

const fixtureNiches = (prefix: string) => [
  { niche: `${prefix}beauty`, count: 2 },
  { niche: `${prefix}fitness`, count: 2 },
  { niche: `${prefix}travel`, count: 1 },
]

const countUsers = async (connection?: string) =>
  Number((await db.connection(connection).from('users').count('* as total').first()).total)

test.group('operations / dashboard figures over the API', (group) => {
  isolate(group)

  test('stats, charts and zero-filled series match the hand-counted fixture', async ({
    client,
    assert,
  }) => {
    // Days are UTC whatever PostgreSQL's session time zone says.
    if (isPostgres()) await db.rawQuery(`set local time zone 'Pacific/Auckland'`)
    const { token } = await actor('admin')
    const prefix = `fx${randomBytes(3).toString('hex')}-`
    const get = async (path: string) => {
      const res = await client.get(`${ADMIN}/dashboard/${path}`).bearerToken(token)
      res.assertStatus(200)
      return res.body().data
    }
    const clearCache = async () =>
      (await client.post(`${ADMIN}/cache/clear`).bearerToken(token).json({})).assertStatus(200)

    await clearCache()
    const before = {
      stats: await get('stats'),
      distribution: await get('charts/campaign-distribution'),
      adRequests: await get('charts/ad-request-status'),
    }
    const offset = await countUsers()
    await insertFixture(undefined, prefix)
    await clearCache()

    assert.deepEqual(delta(await get('stats'), before.stats), FIXTURE_STATS)
    const distribution = await get('charts/campaign-distribution')
    assert.deepEqual(
      distribution.byNiche.filter((n: { niche: string }) => n.niche.startsWith(prefix)),
      fixtureNiches(prefix)
    )
    assert.sameDeepMembers(
      statusDelta(distribution.byStatus, before.distribution.byStatus),
      FIXTURE_CAMPAIGN_STATUS
    )
    assert.sameDeepMembers(
      statusDelta(await get('charts/ad-request-status'), before.adRequests),
      FIXTURE_AD_REQUEST_STATUS.filter((entry) => entry.count !== 0)
    )
    await assertTimeSeries(assert, overHttp(client, token), offset)

    // no sales exist in March 2031: every bucket is there, at zero
    assert.deepEqual(
      await get(`charts/sales?from=${MARCH.from}&to=${MARCH.to}&bucket=week`),
      ['2031-02-24', '2031-03-03', '2031-03-10', '2031-03-17', '2031-03-24', '2031-03-31'].map(
        (bucket) => ({ bucket, count: 0, revenue: 0 })
      )
    )
  })

  test('every response says when it was computed; a second call is a cache hit', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const range = `from=${MARCH.from}&to=${MARCH.to}&bucket=week`
    const paths = ['stats', 'charts/campaign-distribution', 'charts/ad-request-status']
    const ranged = ['charts/user-growth', 'charts/campaign-activity', 'charts/sales']
    for (const path of [...paths, ...ranged.map((p) => `${p}?${range}`)]) {
      const res = await client.get(`${ADMIN}/dashboard/${path}`).bearerToken(token)
      res.assertStatus(200)
      assert.equal(
        new Date(res.body().meta.computedAt).toISOString(),
        res.body().meta.computedAt,
        path
      )
    }
    const growth = await client
      .get(`${ADMIN}/dashboard/charts/user-growth?${range}`)
      .bearerToken(token)
    assert.containsSubset(growth.body().meta, { from: MARCH.from, to: MARCH.to, bucket: 'week' })

    const adminStats = async () =>
      (await client.get(`${ADMIN}/cache/stats`).bearerToken(token)).body().data.families.adminStats
    await client.post(`${ADMIN}/cache/clear`).bearerToken(token).json({})
    const start = await adminStats()
    const first = await client.get(`${ADMIN}/dashboard/stats`).bearerToken(token)
    const second = await client.get(`${ADMIN}/dashboard/stats`).bearerToken(token)
    assert.equal(second.body().meta.computedAt, first.body().meta.computedAt)
    assert.deepEqual(second.body().data, first.body().data)
    const end = await adminStats()
    assert.equal(end.misses, start.misses + 1)
    assert.equal(end.hits, start.hits + 1)
  })

  test('a cache warm makes the next dashboard call a hit', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const adminStats = async () =>
      (await client.get(`${ADMIN}/cache/stats`).bearerToken(token)).body().data.families.adminStats
    ;(await client.post(`${ADMIN}/cache/clear`).bearerToken(token).json({})).assertStatus(200)
    const warmed = await client
      .post(`${ADMIN}/cache/warm`)
      .bearerToken(token)
      .json({ only: ['dashboard'] })
    warmed.assertStatus(200)
    assert.deepEqual(warmed.body().data.warmed, ['dashboard'])
    const before = await adminStats()

    const res = await client.get(`${ADMIN}/dashboard/stats`).bearerToken(token)
    res.assertStatus(200)
    const after = await adminStats()
    assert.equal(after.hits, before.hits + 1)
    assert.equal(after.misses, before.misses)
    assert.isBelow(Date.parse(res.body().meta.computedAt), Date.now() + 1)
  })

  test('the default range is the last 30 days', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const res = await client.get(`${ADMIN}/dashboard/charts/campaign-activity`).bearerToken(token)
    res.assertStatus(200)
    const today = DateTime.utc().toISODate()!
    assert.containsSubset(res.body().meta, {
      from: DateTime.utc().minus({ days: 29 }).toISODate(),
      to: today,
      bucket: 'day',
    })
    assert.lengthOf(res.body().data, 30)
    assert.equal(res.body().data.at(-1).bucket, today)
  })

  test('invalid ranges are refused with 422', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const cases: [string, string][] = [
      ['from=2031-03-10&to=2031-03-01', 'to'],
      ['from=2029-01-01&to=2031-03-01', 'from'],
      ['from=2031-13-01&to=2031-12-31', 'from'],
      ['from=2031-03-01&to=2031-03-31&bucket=year', 'bucket'],
      ['from=yesterday', 'from'],
    ]
    for (const chart of ['user-growth', 'campaign-activity', 'sales']) {
      for (const [query, field] of cases) {
        const res = await client
          .get(`${ADMIN}/dashboard/charts/${chart}?${query}`)
          .bearerToken(token)
        assert.equal(res.status(), 422, `${chart}?${query}`)
        assert.equal(res.body().errors[0].field, field, `${chart}?${query}`)
      }
    }
  })
})

test.group('operations / dashboard figures on SQLite', (group) => {
  let sqlite: Awaited<ReturnType<typeof migratedSqlite>>
  group.setup(async () => {
    sqlite = await migratedSqlite()
    return () => sqlite.close()
  })

  test('the same fixture gives the same figures, exactly', async ({ assert }) => {
    assert.isFalse(isPostgres(sqlite.name))
    const prefix = 'fx-'
    await insertFixture(sqlite.name, prefix)
    const dashboard = (await app.container.make(DashboardService)).on(sqlite.name)

    assert.deepEqual((await dashboard.stats()).value, FIXTURE_STATS)
    assert.deepEqual((await dashboard.campaignDistribution()).value, {
      byNiche: fixtureNiches(prefix),
      byStatus: FIXTURE_CAMPAIGN_STATUS,
    })
    assert.deepEqual((await dashboard.adRequestStatus()).value, FIXTURE_AD_REQUEST_STATUS)
    await assertTimeSeries(assert, overService(dashboard), 0)
  }).timeout(60_000)
})
