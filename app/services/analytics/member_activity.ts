import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import type { DateTime } from 'luxon'
import { dayOf } from '#services/analytics/date_buckets'
import { sqlTime } from '#platform/db/time'

/**
 * The rows behaviour analytics read, on PostgreSQL and SQLite alike. A member
 * is a live account (not deleted) that is not an admin; a member is active
 * on a UTC day when they tracked an event (analytics_events) or did something
 * that wrote an activity row (created, liked, rated or downloaded a plan,
 * commented, followed, proposed a custom task) that day.
 */

/** Tables holding what members did, with the column naming the member and the one naming what. */
const SOURCES = [
  { table: 'analytics_events', member: 'user_id', kind: 'type' },
  { table: 'activities', member: 'actor_id', kind: 'verb' },
] as const

type Query = DatabaseQueryBuilderContract<Record<string, unknown>>

const members = (query: Query) =>
  query.whereNull('users.deleted_at').whereNot('users.role', 'admin')

/** Rows of `table` whose `column` names a member. */
const byMembers = (query: Query, column: string) => members(query.join('users', 'users.id', column))

/** From the start of `from` to the end of `to` (UTC days), as bindings. */
const bounds = (from: DateTime, to: DateTime) => ({
  start: sqlTime(from.startOf('day')),
  end: sqlTime(to.plus({ days: 1 }).startOf('day')),
})

/** The UTC days each member was active on in [from, to]. */
export async function activeDays(from: DateTime, to: DateTime) {
  const { start, end } = bounds(from, to)
  const days = new Map<number, Set<string>>()
  for (const source of SOURCES) {
    const member = `${source.table}.${source.member}`
    const day = dayOf(`${source.table}.created_at`)
    const rows: Record<string, unknown>[] = await byMembers(db.from(source.table), member)
      .select(`${member} as member`, db.raw(`${day} as day`))
      .where(`${source.table}.created_at`, '>=', start)
      .where(`${source.table}.created_at`, '<', end)
      .groupBy(member)
      .groupByRaw(day)
    for (const row of rows) {
      const id = Number(row.member)
      days.set(id, (days.get(id) ?? new Set()).add(String(row.day)))
    }
  }
  return days
}

export interface SignUp {
  member: number
  day: string
  /** Created a skill plan by the end of the period. */
  planned: boolean
  /** Liked a plan by the end of the period. */
  liked: boolean
}

/** Members who signed up in [from, to], with the funnel steps they reached by the end of `to`. */
export async function signUps(from: DateTime, to: DateTime): Promise<SignUp[]> {
  const { start, end } = bounds(from, to)
  const reached = (table: string, column: string, name: string) =>
    db.raw(
      `case when exists (select 1 from ${table} where ${table}.${column} = users.id and ${table}.created_at < ?) then 1 else 0 end as ${name}`,
      [end]
    )
  const rows: Record<string, unknown>[] = await members(db.from('users'))
    .select('users.id as member', db.raw(`${dayOf('users.created_at')} as day`))
    .select(reached('skill_plans', 'owner_id', 'planned'))
    .select(reached('plan_likes', 'user_id', 'liked'))
    .where('users.created_at', '>=', start)
    .where('users.created_at', '<', end)
    .orderBy('users.id')
  return rows.map((row) => ({
    member: Number(row.member),
    day: String(row.day),
    planned: Number(row.planned) === 1,
    liked: Number(row.liked) === 1,
  }))
}

export interface Usage {
  source: 'event' | 'activity'
  kind: string
  member: number
  uses: number
}

/** How often each member used each event type and activity verb in [from, to]. */
export async function usage(from: DateTime, to: DateTime): Promise<Usage[]> {
  const { start, end } = bounds(from, to)
  const result: Usage[] = []
  for (const source of SOURCES) {
    const member = `${source.table}.${source.member}`
    const kind = `${source.table}.${source.kind}`
    const rows: Record<string, unknown>[] = await byMembers(db.from(source.table), member)
      .select(`${member} as member`, `${kind} as kind`)
      .count('* as uses')
      .where(`${source.table}.created_at`, '>=', start)
      .where(`${source.table}.created_at`, '<', end)
      .groupBy(member, kind)
    for (const row of rows)
      result.push({
        source: source.table === 'activities' ? 'activity' : 'event',
        kind: String(row.kind),
        member: Number(row.member),
        uses: Number(row.uses),
      })
  }
  return result
}
