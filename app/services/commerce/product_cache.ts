import type CacheService from '#platform/cache/cache_service'

/**
 * Tag of every cached catalogue read (product lists, featured, products, cart
 * totals). The same tag moderation drops when it hides a product or blocks a
 * brand (app/services/moderation/moderation_cache.ts), so those show at once.
 */
export const CATALOGUE_TAG = 'products'

/** Call after a committed change to products, categories, brands' standing or stock sold at checkout. */
export const invalidateCatalogue = (cache: CacheService) => cache.invalidateTags([CATALOGUE_TAG])
