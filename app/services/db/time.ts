import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { isPostgres } from '#services/db/search'

/**
 * A timestamp as a query binding: a Date for PostgreSQL, and for SQLite the
 * 'yyyy-MM-dd HH:mm:ss' UTC text Lucid stores, so comparisons stay correct.
 * The dialect is the client's when given (a seed may write to another
 * connection than the primary one), else the primary connection's.
 */
export function sqlTime(value: DateTime | Date, client?: QueryClientContract): Date | string {
  const dt = value instanceof Date ? DateTime.fromJSDate(value) : value
  const postgres = client ? client.dialect.name === 'postgres' : isPostgres()
  return postgres ? dt.toJSDate() : dt.toUTC().toFormat('yyyy-MM-dd HH:mm:ss')
}

export const sqlNow = (client?: QueryClientContract) => sqlTime(DateTime.utc(), client)
