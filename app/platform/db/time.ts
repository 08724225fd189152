import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { isPostgres } from '#platform/db/search'

/** How SQLite holds every timestamp: UTC text, the format Lucid writes (its dialect's dateTimeFormat). */
const SQLITE_FORMAT = 'yyyy-MM-dd HH:mm:ss'

/**
 * A timestamp as a query binding, for writes and comparisons alike: a Date
 * for PostgreSQL, and for SQLite the 'yyyy-MM-dd HH:mm:ss' UTC text Lucid
 * stores. Never bind a bare Date on SQLite: it is stored as epoch
 * milliseconds, and a number compares below any text, so `at < now` would
 * hold for every row. The dialect is the client's when given (a seed may
 * write to another connection than the primary one), else the primary
 * connection's.
 */
export function sqlTime(value: DateTime | Date, client?: QueryClientContract): Date | string {
  const dt = value instanceof Date ? DateTime.fromJSDate(value) : value
  const postgres = client ? client.dialect.name === 'postgres' : isPostgres()
  return postgres ? dt.toJSDate() : dt.toUTC().toFormat(SQLITE_FORMAT)
}

export const sqlNow = (client?: QueryClientContract) => sqlTime(DateTime.utc(), client)

/**
 * A timestamp column read without a model: a Date from PostgreSQL, UTC text
 * from SQLite (epoch milliseconds in rows written before every write went
 * through sqlTime).
 */
export function fromSqlTime(value: Date | string | number): DateTime {
  if (value instanceof Date) return DateTime.fromJSDate(value)
  if (typeof value === 'number') return DateTime.fromMillis(value)
  return DateTime.fromSQL(value, { zone: 'utc' })
}
