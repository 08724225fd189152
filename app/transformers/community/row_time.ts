import { Settings } from 'luxon'
import { fromSqlTime } from '#platform/db/time'
import { iso } from '#transformers/support'

/**
 * A timestamp read as a plain column (a Date from PostgreSQL, UTC text
 * 'yyyy-MM-dd HH:mm:ss' from SQLite), in ISO 8601 as models answer it.
 * With the app's zone (UTC, config/database.ts) a valid Date's own
 * toISOString is Luxon's `toISO()` character for character, at a tenth of the cost.
 */
export function isoTime(value: Date | string): string {
  if (
    value instanceof Date &&
    !Number.isNaN(value.getTime()) &&
    Settings.defaultZone.isUniversal &&
    Settings.defaultZone.offset(0) === 0
  )
    return value.toISOString()
  return iso(fromSqlTime(value))
}
