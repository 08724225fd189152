import { inject } from '@adonisjs/core'
import type { TargetType } from '#models/report'
import CacheService from '#platform/cache/cache_service'
import { CATALOGUE_TAG } from '#services/commerce/product_cache'
import { FEEDS_TAG } from '#services/community/feed_cache'
import { LISTINGS_TAG } from '#services/community/listings'

/** Cache tags that show each kind of content: hiding or restoring it drops them everywhere (feed pages show plans, comments, tasks and members). */
const TAGS: Record<TargetType, (id: number, ownerId: number | null) => string[]> = {
  plan: (id, owner) => [`plan:${id}`, LISTINGS_TAG, FEEDS_TAG, `profile:${owner}`],
  comment: () => [LISTINGS_TAG, FEEDS_TAG],
  custom_task: () => [LISTINGS_TAG, FEEDS_TAG],
  campaign: () => ['campaigns'],
  message: () => [],
  // One tag for every catalogue read: a product's own page is dropped with the lists (each tag costs every hit a lookup).
  product: () => [CATALOGUE_TAG],
  user: (id) => [`profile:${id}`, 'influencers', LISTINGS_TAG, FEEDS_TAG, CATALOGUE_TAG],
}

@inject()
export default class ModerationCache {
  constructor(private cache: CacheService) {}

  forget(type: TargetType, id: number, ownerId: number | null) {
    return this.cache.invalidateTags(TAGS[type](id, ownerId))
  }

  /** After a decision committed: drops the hidden content, and for a block every listing showing the blocked owner. */
  async afterAction(action: string, type: TargetType, id: number, ownerId: number | null) {
    const tags = new Set<string>()
    if (action === 'hide' || action === 'block')
      TAGS[type](id, ownerId).forEach((tag) => tags.add(tag))
    if (action === 'block' && ownerId) TAGS.user(ownerId, ownerId).forEach((tag) => tags.add(tag))
    if (tags.size) await this.cache.invalidateTags([...tags])
  }
}
