import { BaseTransformer } from '@adonisjs/core/transformers'
import type { SwipeAnalytics } from '#services/gifting/gifting_analytics_service'

/** Swipe analytics across sessions (a shopper's own, or every shopper's over a period with `shoppers`). */
export default class SwipeAnalyticsTransformer extends BaseTransformer<SwipeAnalytics> {
  toObject() {
    const a = this.resource
    return {
      ...(a.shoppers !== undefined ? { shoppers: a.shoppers } : {}),
      sessions: a.sessions,
      swipes: a.swipes,
      likeRate: a.likeRate,
      categories: a.categories.map((c) => ({
        id: c.id,
        name: c.name,
        path: c.path,
        liked: c.liked,
        superliked: c.superliked,
        disliked: c.disliked,
      })),
      tags: a.tags,
      brands: a.brands.map((b) => ({
        id: b.id,
        name: b.name,
        liked: b.liked,
        disliked: b.disliked,
      })),
      priceBand: a.priceBand,
    }
  }
}
