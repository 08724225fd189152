import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type { QueryScope } from '#platform/db/query'

/**
 * Who the community side shows as a person, and to whom. The one rule every
 * listing that names members (feeds, followers and following, search,
 * suggestions, leaderboard, influencer directory, authors of plans, comments
 * and suggested tasks) applies through `namedTo`, `namedIds` or `isNamedTo`:
 *
 * - a member is shown only on an active, unblocked account, and never an admin;
 * - `public` profiles are named to everyone;
 * - `followers` profiles only to the members who follow them;
 * - `private` profiles to nobody;
 * - members always see themselves and admins see everyone (per-viewer lists);
 * - a member who blocked the viewer is named to them nowhere (per-viewer lists);
 * - listings computed once for everyone and cached (global, trending and
 *   discovery feeds, leaderboard, plan search and trending plans, directory)
 *   name public profiles only (`namedTo(null)`), for every viewer.
 *
 * Counts (followers, likes) still count every visible member.
 */
export const visibleMembers: QueryScope = (q) =>
  q
    .from('users')
    .select('id')
    .whereNull('blocked_at')
    .where('status', 'active')
    .whereNot('role', 'admin')

/** Matches the stored privacy JSON of a profile visibility (a text column on both databases). */
export const profileVisibilityPattern = (visibility: 'followers' | 'private') =>
  `%"profileVisibility":"${visibility}"%`

/** Members anyone may see named: visible, with a public profile. */
export const publicMembers: QueryScope = (q) =>
  visibleMembers(q)
    .whereNot('privacy', 'like', profileVisibilityPattern('private'))
    .whereNot('privacy', 'like', profileVisibilityPattern('followers'))

/** Ids of the users `userId` follows, as a subquery. */
export const followeesOf =
  (userId: number): QueryScope =>
  (q) =>
    q.from('follows').select('followee_id').where('follower_id', userId)

/** Ids of the members who blocked `userId`, as a subquery. */
export const blockersOf =
  (userId: number): QueryScope =>
  (q) =>
    q.from('member_blocks').select('blocker_id').where('blocked_id', userId)

/**
 * Whether `owner` (a member, or the owner of a plan, comment or conversation)
 * blocked `viewer`: the one check every place a member reaches another goes
 * through (profiles, follows, plans, comments and replies, messages). To the
 * blocked member the blocker is simply not there.
 */
export async function isBlockedBy(viewer: User, ownerId: number) {
  if (viewer.id === ownerId || viewer.isAdmin) return false
  const row = await db
    .from('member_blocks')
    .where({ blocker_id: ownerId, blocked_id: viewer.id })
    .select('blocker_id')
    .first()
  return Boolean(row)
}

/** The members who blocked `viewer` (usually none: one lookup on the blocked side's index). */
export async function blockerIdsOf(viewer: User | null) {
  if (!viewer || viewer.isAdmin) return new Set<number>()
  const rows: { blocker_id: number }[] = await db
    .from('member_blocks')
    .where('blocked_id', viewer.id)
    .select('blocker_id')
  return new Set(rows.map((row) => Number(row.blocker_id)))
}

/**
 * `items` of a listing shared by every viewer (cached once for all), without
 * those naming a member who blocked `viewer`; `membersOf` gives the members an
 * item names (author, owner, subject). To the blocked member the blocker is
 * simply not there, in shared listings as everywhere else.
 */
export async function withoutBlockers<T>(
  viewer: User | null,
  items: T[],
  membersOf: (item: T) => Array<number | null | undefined>
) {
  const blockers = await blockerIdsOf(viewer)
  if (!blockers.size || !items.length) return items
  return items.filter((item) =>
    membersOf(item).every((id) => id === null || id === undefined || !blockers.has(id))
  )
}

/**
 * Ids of the members `viewer` may see named, as a subquery (see above);
 * `null`: what a listing shared by every viewer may name (public profiles).
 */
export function namedTo(viewer: User | null): QueryScope {
  if (!viewer) return publicMembers
  if (viewer.isAdmin) return visibleMembers
  const named: QueryScope = (q) =>
    visibleMembers(q)
      .whereNotIn('id', blockersOf(viewer.id))
      .where((shown) =>
        shown
          .where((open) =>
            open
              .whereNot('privacy', 'like', profileVisibilityPattern('private'))
              .whereNot('privacy', 'like', profileVisibilityPattern('followers'))
          )
          .orWhere('id', viewer.id)
          .orWhere((followed) =>
            followed
              .where('privacy', 'like', profileVisibilityPattern('followers'))
              .whereIn('id', followeesOf(viewer.id))
          )
      )
  return named
}

/** Of `ids`, those `viewer` may see named now (a cached page is filtered through this, so a block or a privacy change shows at once). */
export async function namedIds(viewer: User | null, ids: number[]) {
  if (!ids.length) return new Set<number>()
  const rows = await namedTo(viewer)(db.query()).whereIn('id', [...new Set(ids)])
  return new Set(rows.map((row: { id: number }) => Number(row.id)))
}

export function isVisibleMember(user: User) {
  return user.canAct && !user.isAdmin
}

/** Whether `viewer` may see `target` named (the single-member form of `namedTo`). */
export async function isNamedTo(viewer: User, target: User) {
  if (viewer.id === target.id || viewer.isAdmin) return true
  if (!isVisibleMember(target) || (await isBlockedBy(viewer, target.id))) return false
  const visibility = target.privacySettings.profileVisibility
  if (visibility === 'public') return true
  return visibility === 'followers' && (await isFollowing(viewer.id, target.id))
}

export async function isFollowing(followerId: number, followeeId: number) {
  const row = await db
    .from('follows')
    .where({ follower_id: followerId, followee_id: followeeId })
    .select('follower_id')
    .first()
  return Boolean(row)
}

/**
 * Whether `viewer` may reach `target` by id at all (profile, follow, status):
 * themself and admins always; others a visible member without a private
 * profile who did not block them (a `followers` profile can be followed, its
 * profile answers 403).
 */
export async function canFind(viewer: User, target: User) {
  if (viewer.id === target.id || viewer.isAdmin) return true
  return (
    isVisibleMember(target) &&
    target.privacySettings.profileVisibility !== 'private' &&
    !(await isBlockedBy(viewer, target.id))
  )
}
