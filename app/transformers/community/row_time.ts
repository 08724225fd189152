import { fromSqlTime } from '#platform/db/time'
import { iso } from '#transformers/support'

/**
 * A timestamp read as a plain column (a Date from PostgreSQL, UTC text
 * 'yyyy-MM-dd HH:mm:ss' from SQLite), in ISO 8601 as models answer it.
 */
export function isoTime(value: Date | string) {
  return iso(fromSqlTime(value))
}
