import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { isPostgres } from '#services/db/search'

export type Bucket = 'day' | 'week' | 'month'

/** SQL for the UTC calendar day (YYYY-MM-DD) of a timestamp column, on PostgreSQL and SQLite. */
export function dayOf(column: string) {
  return isPostgres() ? `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`
}

/** The bucket a day falls in: the day, its ISO week's Monday, or the first of its month. */
export function bucketOf(day: string, bucket: Bucket) {
  const date = DateTime.fromISO(day, { zone: 'utc' })
  if (bucket === 'week') return date.startOf('week').toISODate()!
  if (bucket === 'month') return date.startOf('month').toISODate()!
  return day
}

/** Every bucket start from `from` to `to` (inclusive), so charts have no gaps. */
export function bucketsBetween(from: DateTime, to: DateTime, bucket: Bucket) {
  const keys: string[] = []
  let cursor = DateTime.fromISO(bucketOf(from.toISODate()!, bucket), { zone: 'utc' })
  while (cursor <= to) {
    keys.push(cursor.toISODate()!)
    cursor = cursor.plus(bucket === 'day' ? { days: 1 } : bucket === 'week' ? { weeks: 1 } : { months: 1 })
  }
  return keys
}

/** Rows per UTC day of `table` in [from, to], optionally filtered. */
export async function countPerDay(table: string, column: string, from: DateTime, to: DateTime, filter?: (q: any) => void) {
  const query = db
    .from(table)
    .select(db.raw(`${dayOf(column)} as day`))
    .count('* as total')
    .whereRaw(`${dayOf(column)} >= ?`, [from.toISODate()!])
    .whereRaw(`${dayOf(column)} <= ?`, [to.toISODate()!])
    .groupByRaw(dayOf(column))
  if (filter) filter(query)
  const rows = await query
  return new Map(rows.map((row: any) => [String(row.day), Number(row.total)]))
}
