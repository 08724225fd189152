import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/**
 * Who the community side shows as a person: members (not admins) on an
 * active, unblocked account. Private profiles are left out of every list by
 * name (search, suggestions, leaderboard); they still count as followers.
 */
export const visibleMembers = (q: any) => q.from('users').select('id').whereNull('blocked_at').where('status', 'active').whereNot('role', 'admin')

/** Matches the stored privacy JSON of a private profile (a text column on both databases). */
export const PRIVATE_PROFILE_PATTERN = '%"profileVisibility":"private"%'

/** Members anyone may find by name: visible and without a private profile. */
export const findableMembers = (q: any) => visibleMembers(q).whereNot('privacy', 'like', PRIVATE_PROFILE_PATTERN)

export function isVisibleMember(user: User) {
  return user.canAct && !user.isAdmin
}

/** Ids of the users `userId` follows, as a subquery. */
export const followeesOf = (userId: number) => (q: any) => q.from('follows').select('followee_id').where('follower_id', userId)

export async function isFollowing(followerId: number, followeeId: number) {
  const row = await db.from('follows').where({ follower_id: followerId, followee_id: followeeId }).select('follower_id').first()
  return Boolean(row)
}

/** Of `ids`, those still visible members now (a cached page is filtered through this, so a block shows at once). */
export async function stillVisibleMembers(ids: number[]) {
  if (!ids.length) return new Set<number>()
  const rows = await findableMembers(db.query()).whereIn('id', ids)
  return new Set(rows.map((row: { id: number }) => Number(row.id)))
}

/** Whether `viewer` may find `target` at all (profile, follow, status): themself and admins always; others a visible member without a private profile. */
export function canFind(viewer: User, target: User) {
  if (viewer.id === target.id || viewer.isAdmin) return true
  return isVisibleMember(target) && target.privacySettings.profileVisibility !== 'private'
}
