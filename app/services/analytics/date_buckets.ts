import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { isPostgres } from '#platform/db/search'
import AppException from '#exceptions/app_exception'

export type Bucket = 'day' | 'week' | 'month'

/** SQL for the UTC calendar day (YYYY-MM-DD) of a timestamp column, on PostgreSQL and SQLite (the primary connection unless named). */
export function dayOf(column: string, connection?: string) {
  return isPostgres(connection)
    ? `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`
    : `substr(${column}, 1, 10)`
}

/** The bucket a day falls in: the day, its ISO week's Monday, or the first of its month. */
export function bucketOf(day: string, bucket: Bucket) {
  const date = DateTime.fromISO(day, { zone: 'utc' })
  if (bucket === 'week') return date.startOf('week').toISODate()!
  if (bucket === 'month') return date.startOf('month').toISODate()!
  return day
}

/** The UTC calendar day a validated date field names (VineJS parses YYYY-MM-DD as a local date). */
export const utcDay = (date: Date) =>
  DateTime.fromObject(
    { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() },
    { zone: 'utc' }
  )

/** A validated `from`/`to` query as UTC days: `to` defaults to today, `from` to `defaultDays` before it; 422 past `maxDays`. */
export function dayRange(
  query: { from?: Date; to?: Date },
  { maxDays, defaultDays = 30 }: { maxDays: number; defaultDays?: number }
) {
  const to = query.to ? utcDay(query.to) : DateTime.utc().startOf('day')
  const from = query.from ? utcDay(query.from) : to.minus({ days: defaultDays - 1 })
  if (to.diff(from, 'days').days > maxDays)
    throw AppException.invalid('from', `A range covers at most ${maxDays} days`)
  if (to < from) throw AppException.invalid('to', 'to must be on or after from')
  return { from, to }
}

/** Every bucket start from `from` to `to` (inclusive), so charts have no gaps. */
export function bucketsBetween(from: DateTime, to: DateTime, bucket: Bucket) {
  const keys: string[] = []
  let cursor = DateTime.fromISO(bucketOf(from.toISODate()!, bucket), { zone: 'utc' })
  while (cursor <= to) {
    keys.push(cursor.toISODate()!)
    cursor = cursor.plus(
      bucket === 'day' ? { days: 1 } : bucket === 'week' ? { weeks: 1 } : { months: 1 }
    )
  }
  return keys
}

/** Rows per UTC day of `table` in [from, to], optionally filtered, on the primary connection unless named. */
export async function countPerDay(
  table: string,
  column: string,
  from: DateTime,
  to: DateTime,
  { filter, connection }: { filter?: (q: any) => void; connection?: string } = {}
) {
  const day = dayOf(column, connection)
  const query = db
    .connection(connection)
    .from(table)
    .select(db.raw(`${day} as day`))
    .count('* as total')
    .whereRaw(`${day} >= ?`, [from.toISODate()!])
    .whereRaw(`${day} <= ?`, [to.toISODate()!])
    .groupByRaw(day)
  if (filter) filter(query)
  const rows = await query
  return new Map(rows.map((row: any) => [String(row.day), Number(row.total)]))
}
