import { BaseTransformer } from '@adonisjs/core/transformers'
import { DateTime } from 'luxon'
import type User from '#models/user'

/** A timestamp read as a raw column: a Date from PostgreSQL, UTC text from SQLite. */
function isoTime(value: unknown) {
  if (value === null || value === undefined) return undefined
  const time = value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromSQL(String(value), { zone: 'utc' })
  return time.toUTC().toISO() ?? undefined
}

/**
 * A member in a list (followers, following, search): name and role only.
 * `followedAt` when listed as a connection, `followersCount` in search results.
 */
export default class MemberTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    const followedAt = isoTime(user.$extras.followed_at)
    const followers = user.$extras.followers_count
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      ...(followedAt ? { followedAt } : {}),
      ...(followers !== undefined ? { followersCount: Number(followers) } : {}),
    }
  }
}
