import { DateTime } from 'luxon'
import { isPostgres } from '#services/db/search'

/**
 * A timestamp as a query binding: a Date for PostgreSQL, and for SQLite the
 * 'yyyy-MM-dd HH:mm:ss' UTC text Lucid stores, so comparisons stay correct.
 */
export function sqlTime(value: DateTime | Date): Date | string {
  const dt = value instanceof Date ? DateTime.fromJSDate(value) : value
  return isPostgres() ? dt.toJSDate() : dt.toUTC().toFormat('yyyy-MM-dd HH:mm:ss')
}

export const sqlNow = () => sqlTime(DateTime.utc())
