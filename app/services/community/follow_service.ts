import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import ActivityService from '#services/community/activity_service'
import FeedCache from '#services/community/feed_cache'
import { LEADERBOARD_TAG } from '#services/community/leaderboard_service'
import { insertOnce, removeRow } from '#services/community/interaction_rows'
import { namedTo, visibleMembers } from '#services/community/people'
import NotificationService from '#services/notifications/notification_service'
import CacheService from '#platform/cache/cache_service'
import { sqlNow } from '#platform/db/time'

const MAX_USER_ID = 2_147_483_647

/** Cache tag of everything derived from one member's profile (stats, counts). */
export const profileTag = (userId: number) => `profile:${userId}`

export interface FollowStatus {
  userId: number
  following: boolean
  followedBy: boolean
  followersCount: number
  followingCount: number
}

/**
 * The follow graph: one row per (follower, followee), so following twice
 * counts once. A new follow records a `user.followed` activity and notifies
 * the followee; unfollowing removes the activity. Counts shown anywhere count
 * visible members only (blocked accounts drop out).
 */
@inject()
export default class FollowService {
  constructor(
    private activities: ActivityService,
    private notifications: NotificationService,
    private cache: CacheService,
    private feeds: FeedCache
  ) {}

  /** Any existing account (authorize with FollowPolicy / ProfilePolicy before acting on it). */
  async findUser(id: number) {
    // Ids are PostgreSQL integers: a larger number in the path is no user, not a database error.
    const user = id <= MAX_USER_ID ? await User.find(id) : null
    if (!user) throw AppException.notFound('User')
    return user
  }

  /** Idempotent: following again changes nothing. */
  async follow(follower: User, followee: User) {
    if (follower.id === followee.id)
      throw AppException.invalid('id', 'You cannot follow yourself', 'E_SELF_FOLLOW')
    const key = { follower_id: follower.id, followee_id: followee.id }
    const created = await db.transaction(async (trx) => {
      if (!(await insertOnce(trx, 'follows', key, { created_at: sqlNow() }))) return false
      await this.activities.record(
        {
          actorId: follower.id,
          verb: 'user.followed',
          subjectType: 'user',
          subjectId: followee.id,
        },
        trx
      )
      return true
    })
    if (created) {
      await this.#invalidate(follower, followee)
      await this.notifications.notify({
        userId: followee.id,
        type: 'user.followed',
        groupKey: `user.followed:${followee.id}`,
        actor: { id: follower.id, name: follower.fullName },
        data: { followerId: follower.id },
      })
    }
    return this.status(follower, followee)
  }

  /** Idempotent: unfollowing someone you do not follow changes nothing. */
  async unfollow(follower: User, followee: User) {
    const removed = await db.transaction((trx) => this.#remove(trx, follower, followee))
    if (removed) await this.#invalidate(follower, followee)
    return this.status(follower, followee)
  }

  /** Ends the follows between `a` and `b`, both directions, inside `trx`; returns the ended ones as [follower, followee] for `afterEnded`. */
  async endBetween(trx: TransactionClientContract, a: User, b: User) {
    const ended: [User, User][] = []
    for (const [follower, followee] of [
      [a, b],
      [b, a],
    ] as const) {
      if (await this.#remove(trx, follower, followee)) ended.push([follower, followee])
    }
    return ended
  }

  /** After follows ended by `endBetween` committed. */
  async afterEnded(ended: [User, User][]) {
    for (const [follower, followee] of ended) await this.#invalidate(follower, followee)
  }

  async #remove(trx: TransactionClientContract, follower: User, followee: User) {
    if (
      (await removeRow(
        trx,
        'follows',
        { follower_id: follower.id, followee_id: followee.id },
        'follower_id'
      )) === null
    )
      return false
    await trx
      .from('activities')
      .where({
        actor_id: follower.id,
        verb: 'user.followed',
        subject_type: 'user',
        subject_id: followee.id,
      })
      .delete()
    return true
  }

  async status(viewer: User, target: User): Promise<FollowStatus> {
    const relation = await this.relation(viewer.id, target.id)
    return { userId: target.id, ...relation, ...(await this.counts(target.id)) }
  }

  /** Whether `viewerId` follows `targetId`, and the other way round. */
  async relation(viewerId: number, targetId: number) {
    const row = await db
      .query()
      .select(
        db.raw(
          'exists (select 1 from follows where follower_id = ? and followee_id = ?) as following',
          [viewerId, targetId]
        ),
        db.raw(
          'exists (select 1 from follows where follower_id = ? and followee_id = ?) as followed_by',
          [targetId, viewerId]
        )
      )
      .firstOrFail()
    // PostgreSQL answers booleans, SQLite 0/1.
    return { following: Boolean(row.following), followedBy: Boolean(row.followed_by) }
  }

  /** Followers and followees of a member that are visible members. */
  async counts(userId: number) {
    const count = async (query: DatabaseQueryBuilderContract) =>
      Number((await query.count('* as total').first())?.total ?? 0)
    const followersCount = await count(
      db.from('follows').where('followee_id', userId).whereIn('follower_id', visibleMembers)
    )
    const followingCount = await count(
      db.from('follows').where('follower_id', userId).whereIn('followee_id', visibleMembers)
    )
    return { followersCount, followingCount }
  }

  /** Who follows `user` that `viewer` may see named, most recent first (`followed_at` in `$extras`). */
  followers(viewer: User, user: User, page = 1, perPage = 20) {
    return this.#connections(viewer, 'follower_id', 'followee_id', user.id, page, perPage)
  }

  /** Whom `user` follows that `viewer` may see named, most recent first (`followed_at` in `$extras`). */
  following(viewer: User, user: User, page = 1, perPage = 20) {
    return this.#connections(viewer, 'followee_id', 'follower_id', user.id, page, perPage)
  }

  #connections(
    viewer: User,
    listed: 'follower_id' | 'followee_id',
    owner: 'follower_id' | 'followee_id',
    userId: number,
    page: number,
    perPage: number
  ) {
    return User.query()
      .join('follows', `follows.${listed}`, 'users.id')
      .where(`follows.${owner}`, userId)
      .whereIn('users.id', namedTo(viewer))
      .select('users.*', 'follows.created_at as followed_at')
      .orderBy('follows.created_at', 'desc')
      .orderBy('users.id', 'desc')
      .paginate(page, perPage)
  }

  /** After a follow or unfollow committed: both profiles, the leaderboard (it counts followers), the follower's feeds and (its "followed" activity) their followers' feeds. */
  async #invalidate(follower: User, followee: User) {
    await this.cache.invalidateTags([
      profileTag(follower.id),
      profileTag(followee.id),
      LEADERBOARD_TAG,
    ])
    await this.feeds.followsChanged(follower.id)
    await this.feeds.activitiesChanged(follower.id)
  }
}
