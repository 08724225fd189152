import { DateTime } from 'luxon'

/**
 * A timestamp read as a plain column (a Date from PostgreSQL, UTC text
 * 'yyyy-MM-dd HH:mm:ss' from SQLite), in ISO 8601 as models answer it.
 */
export function isoTime(value: Date | string) {
  const time = value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromSQL(value, { zone: 'utc' }).toLocal()
  return time.toISO()
}
