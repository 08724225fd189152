import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import CacheService from '#platform/cache/cache_service'

/**
 * Cached feed pages (family `feeds`, 5 minutes) and what drops them:
 * - `feed:<member>`: that member's personal and discovery pages. Dropped when
 *   the member follows or unfollows or asks for a refresh, and for every follower of a member whose
 *   activities change (the fan-out happens here, on write, not on read).
 * - PUBLIC_FEEDS_TAG: the global, trending and discovery pages, dropped by any
 *   activity change.
 * - FEEDS_TAG: every page; dropped when a plan's visibility, title or category
 *   changes or the plan is deleted, when an admin blocks, unblocks, approves or
 *   rejects a member and when an account is deleted (`dropAll`), and by
 *   moderation when it hides content or blocks a member (moderation_cache.ts).
 * A hit checks each tag of its page, so pages carry these few tags only (not
 * one per plan shown: that made a hit a third slower).
 */
export const feedTag = (userId: number) => `feed:${userId}`
export const PUBLIC_FEEDS_TAG = 'feeds:public'
export const FEEDS_TAG = 'feeds'

/** Tags invalidated per cache call in a fan-out (the calls run side by side). */
const FAN_OUT_BATCH = 50

@inject()
export default class FeedCache {
  constructor(private cache: CacheService) {}

  /**
   * After a member's activities changed (one recorded or removed, committed):
   * drops every cached feed page that can show them.
   */
  async activitiesChanged(actorId: number) {
    const followers = await db.from('follows').where('followee_id', actorId).select('follower_id')
    const tags = [PUBLIC_FEEDS_TAG, ...followers.map((row) => feedTag(Number(row.follower_id)))]
    const batches = Array.from({ length: Math.ceil(tags.length / FAN_OUT_BATCH) }, (_, i) =>
      tags.slice(i * FAN_OUT_BATCH, (i + 1) * FAN_OUT_BATCH)
    )
    await Promise.all(batches.map((batch) => this.cache.invalidateTags(batch)))
  }

  /** After a change to what any feed may show (a plan's visibility, a member's status): every cached page. */
  dropAll() {
    return this.cache.invalidateTags([FEEDS_TAG])
  }

  /** After the member followed or unfollowed someone: their own personal and discovery pages. */
  followsChanged(userId: number) {
    return this.#dropMember(userId)
  }

  /** The member asked for fresh pages: their own personal and discovery pages (shared feeds stay cached). */
  refreshed(userId: number) {
    return this.#dropMember(userId)
  }

  #dropMember(userId: number) {
    return this.cache.invalidateTags([feedTag(userId)])
  }
}
