import { DateTime } from 'luxon'
import type CacheService from '#services/operations/cache_service'

/** Tag of the cached admin sales lists and analytics: every checkout drops them. */
export const SALES_TAG = 'sales'

export const invalidateSales = (cache: CacheService) => cache.invalidateTags([SALES_TAG])

/** VineJS parses 'YYYY-MM-DD' to local midnight; this is that calendar day at UTC midnight. */
export const utcDay = (value: Date) => DateTime.fromObject({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() }, { zone: 'utc' })
