import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import TrendingService from '#services/community/trending_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { migratedSqlite } from '#tests/support/sqlite'
import { API, marker } from '#tests/support/community_plans'
import { sqlTime } from '#platform/db/time'

/** The recomputation's clock: far from the rows other specs write (now), so only this fixture is in the window. */
const NOW = DateTime.fromISO('2031-06-15T12:00:00Z', { zone: 'utc' })

/**
 * Plans and their engagement (age in hours before NOW):
 *   rising:   download 2 h (3 × 0.5^(2/24)) + comment 30 h (2 × 0.5^(30/24))              = 3.593
 *   steady:   4 likes 48 h (4 × 0.25) + rating 0 h (2)                                    = 3
 *   fresh:    3 likes 1 h (3 × 0.5^(1/24))                                                = 2.915
 *   stale:    10 likes 8 days ago (outside the 7-day window)                              = 0
 *   ignored:  the owner's comment, a blocked member's like, a deleted comment             = 0
 *   unlisted: 5 likes 1 h ago: scored, but never listed                                   = 4.858
 */
const EXPECTED = {
  rising: 3 * 0.5 ** (2 / 24) + 2 * 0.5 ** (30 / 24),
  steady: 4 * 0.25 + 2,
  fresh: 3 * 0.5 ** (1 / 24),
  stale: 0,
  ignored: 0,
  unlisted: 5 * 0.5 ** (1 / 24),
}
type Label = keyof typeof EXPECTED

async function insertFixture(connection: string | undefined) {
  const client = db.connection(connection)
  const at = (hoursAgo: number) => sqlTime(NOW.minus({ hours: hoursAgo }), client)
  const insert = async (table: string, row: Record<string, unknown>) => {
    const [inserted] = await client.insertQuery().table(table).returning('id').insert(row)
    return Number(typeof inserted === 'object' ? inserted.id : inserted)
  }
  const prefix = marker()
  const user = (n: number, extra: Record<string, unknown> = {}) =>
    insert('users', {
      email: `${prefix}.u${n}@trending.test`,
      password: 'not-a-hash',
      full_name: `Trending ${n}`,
      role: 'shopper',
      status: 'active',
      privacy: '{}',
      created_at: at(24 * 30),
      updated_at: at(24 * 30),
      ...extra,
    })
  const owner = await user(0, { role: 'influencer' })
  const members: number[] = []
  for (let n = 1; n <= 10; n++) members.push(await user(n))
  const blocked = await user(11, { blocked_at: at(1) })

  const plans = {} as Record<Label, number>
  for (const label of Object.keys(EXPECTED) as Label[]) {
    plans[label] = await insert('skill_plans', {
      owner_id: owner,
      title: `Trending ${label}`,
      description: 'Fixture plan',
      category: `${prefix}-trending`,
      difficulty: 'beginner',
      duration_days: 7,
      tags: '[]',
      visibility: label === 'unlisted' ? 'unlisted' : 'public',
      trending_score: label === 'stale' ? 99 : 0,
      created_at: at(24 * 30),
      updated_at: at(24 * 30),
    })
  }
  const likes = (label: Label, count: number, hoursAgo: number) =>
    client
      .table('plan_likes')
      .multiInsert(
        members
          .slice(0, count)
          .map((id) => ({ plan_id: plans[label], user_id: id, created_at: at(hoursAgo) }))
      )
  const comment = (
    label: Label,
    userId: number,
    hoursAgo: number,
    extra: Record<string, unknown> = {}
  ) =>
    client.table('comments').insert({
      plan_id: plans[label],
      user_id: userId,
      depth: 0,
      body: 'Nice',
      created_at: at(hoursAgo),
      updated_at: at(hoursAgo),
      ...extra,
    })

  await client
    .table('plan_downloads')
    .insert({ plan_id: plans.rising, user_id: members[0], created_at: at(2) })
  await comment('rising', members[1], 30)
  await likes('steady', 4, 48)
  await client.table('plan_ratings').insert({
    plan_id: plans.steady,
    user_id: members[0],
    score: 5,
    created_at: at(0),
    updated_at: at(0),
  })
  await likes('fresh', 3, 1)
  await likes('stale', 10, 24 * 8)
  await comment('ignored', owner, 1)
  await comment('ignored', members[2], 1, { deleted_at: at(0) })
  await client
    .table('plan_likes')
    .insert({ plan_id: plans.ignored, user_id: blocked, created_at: at(1) })
  await likes('unlisted', 5, 1)
  return plans
}

async function scores(connection: string | undefined, plans: Record<Label, number>) {
  const rows = await db
    .connection(connection)
    .from('skill_plans')
    .whereIn('id', Object.values(plans))
    .select('id', 'trending_score')
  const byId = new Map(rows.map((row) => [Number(row.id), Number(row.trending_score)]))
  return Object.fromEntries(
    Object.entries(plans).map(([label, id]) => [label, byId.get(id)])
  ) as Record<Label, number>
}

function assertScores(assert: any, actual: Record<Label, number>) {
  for (const label of Object.keys(EXPECTED) as Label[])
    assert.closeTo(actual[label], EXPECTED[label], 1e-6, label)
}

test.group('community / discovery: trending', (group) => {
  isolate(group)

  test('recomputation scores decayed engagement of the last 7 days and orders the trending list by it', async ({
    client,
    assert,
  }) => {
    const plans = await insertFixture(undefined)
    const run = await (await app.container.make(TrendingService)).recompute({ now: NOW })
    assertScores(assert, await scores(undefined, plans))
    assert.equal(run.scored, 4)

    const viewer = await actor('shopper')
    const res = await client.get(`${API}/plans/trending`).bearerToken(viewer.token)
    res.assertStatus(200)
    const mine = res
      .body()
      .data.map((p: any) => p.id)
      .filter((id: number) => Object.values(plans).includes(id))
    assert.deepEqual(mine, [plans.rising, plans.steady, plans.fresh])
    assert.isString(res.body().meta.computedAt)
  })

  test('the same fixture gives the same scores on SQLite', async ({ assert }) => {
    const sqlite = await migratedSqlite()
    try {
      const plans = await insertFixture(sqlite.name)
      await (
        await app.container.make(TrendingService)
      ).recompute({ now: NOW, connection: sqlite.name })
      assertScores(assert, await scores(sqlite.name, plans))
    } finally {
      await sqlite.close()
    }
  })

  test('the command recomputes, records the run and prints how many plans are scored', async ({
    assert,
    cleanup,
  }) => {
    const plans = await insertFixture(undefined)
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))
    const command = await ace.exec('community:trending', [])
    command.assertSucceeded()
    command.assertLogMatches(/trending: completed in \d+ ms/)
    command.assertLogMatches(/"scored":\d+/)
    const run = await BatchRun.query().where('task', 'trending').orderBy('id', 'desc').firstOrFail()
    assert.equal(run.status, 'completed')
    // The command's clock is now: the 2031 fixture lies in its future, outside the window.
    assert.deepEqual(Object.values(await scores(undefined, plans)), [0, 0, 0, 0, 0, 0])
  })
})
