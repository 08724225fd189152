import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { FEEDS_TAG } from '#services/community/feed_cache'
import { profileTag } from '#services/community/follow_service'
import { LISTINGS_TAG } from '#services/community/listings'
import { planTag } from '#services/community/plan_service'
import { DIRECTORY_TAG } from '#services/identity/influencer_directory_service'
import CacheService from '#platform/cache/cache_service'

/**
 * What a change to a member as a person makes stale: every cached read that
 * names them or lists them (their profile figures, the influencer directory,
 * plan listings and the leaderboard, every feed page, the pages of their own
 * plans, which show the owner's name).
 */
@inject()
export default class MemberCache {
  constructor(private cache: CacheService) {}

  /** Call after a committed change to a member's name, privacy settings, standing (block, approval) or account (deletion). */
  async changed(userId: number) {
    const plans = await db.from('skill_plans').where('owner_id', userId).select('id')
    await this.cache.invalidateTags([
      profileTag(userId),
      DIRECTORY_TAG,
      LISTINGS_TAG,
      FEEDS_TAG,
      ...plans.map((plan) => planTag(Number(plan.id))),
    ])
  }
}
