import type CacheService from '#platform/cache/cache_service'

/** Tag of the cached admin sales lists and analytics: every checkout drops them. */
export const SALES_TAG = 'sales'

export const invalidateSales = (cache: CacheService) => cache.invalidateTags([SALES_TAG])
