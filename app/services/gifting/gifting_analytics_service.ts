import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import type User from '#models/user'
import CacheService from '#platform/cache/cache_service'
import { sqlTime } from '#platform/db/time'
import { swipeAnalytics } from '#services/gifting/preference_service'
import { swipedProductsWhere } from '#services/gifting/swiped_products'

export type SwipeAnalytics = ReturnType<typeof swipeAnalytics> & {
  sessions: number
  shoppers?: number
}

/**
 * Swipe analytics across sessions: one shopper's own (never cached: it changes
 * with each swipe), and the platform's over a period of days for admins,
 * cached as the dashboard charts are. Products count with their current
 * category, brand, tags and price.
 */
@inject()
export default class GiftingAnalyticsService {
  constructor(private cache: CacheService) {}

  async forShopper(user: User): Promise<SwipeAnalytics> {
    const swipes = await swipedProductsWhere((q) =>
      q
        .join('swipe_sessions', 'swipe_sessions.id', 'swipes.session_id')
        .where('swipe_sessions.user_id', user.id)
    )
    const sessions = await db
      .from('swipe_sessions')
      .where('user_id', user.id)
      .count('* as total')
      .first()
    return { sessions: Number(sessions?.total ?? 0), ...swipeAnalytics(swipes) }
  }

  /** Swipes made from the start of `from` to the end of `to` (UTC days), by every shopper. */
  forPeriod(from: DateTime, to: DateTime) {
    const start = sqlTime(from.startOf('day'))
    const end = sqlTime(to.plus({ days: 1 }).startOf('day'))
    return this.cache.remember(
      'dashboardCharts',
      `gifting:${from.toISODate()}:${to.toISODate()}`,
      async (): Promise<SwipeAnalytics> => {
        const inPeriod = (q: any) =>
          q.where('swipes.created_at', '>=', start).where('swipes.created_at', '<', end)
        const swipes = await swipedProductsWhere(inPeriod)
        const people = await inPeriod(
          db.from('swipes').join('swipe_sessions', 'swipe_sessions.id', 'swipes.session_id')
        )
          .countDistinct('swipe_sessions.user_id as shoppers')
          .countDistinct('swipes.session_id as sessions')
          .first()
        return {
          sessions: Number(people?.sessions ?? 0),
          shoppers: Number(people?.shoppers ?? 0),
          ...swipeAnalytics(swipes),
        }
      }
    )
  }
}
