import { BaseTransformer } from '@adonisjs/core/transformers'
import {
  array,
  integer,
  nullable,
  number,
  object,
  string,
  type Infer,
} from '#platform/openapi/schema'
import type { SwipeAnalytics } from '#services/gifting/gifting_analytics_service'
import {
  likedCategory,
  priceBand,
  swipeCounts,
  tagCounts,
} from '#transformers/gifting/preferences_transformer'

export const swipeAnalyticsSchema = object(
  {
    sessions: integer({
      minimum: 0,
      description: 'Swipe sessions (for a period: those with a swipe in it)',
    }),
    swipes: swipeCounts(),
    likeRate: nullable(
      number({
        minimum: 0,
        maximum: 1,
        description: '(likes + super-likes) / swipes, 3 decimals; null before the first swipe',
      })
    ),
    categories: array(likedCategory(), {
      description: 'Categories of liked products, most liked first',
    }),
    tags: object({ liked: tagCounts(), disliked: tagCounts() }),
    brands: array(
      object({
        id: integer(),
        name: string(),
        liked: integer({ description: 'Likes and super-likes' }),
        disliked: integer(),
      }),
      {
        description: 'Brands of liked products, most liked first (platform products have no brand)',
      }
    ),
    priceBand: priceBand(),
  },
  {
    shoppers: integer({
      minimum: 0,
      description: 'Admin analytics only: shoppers who swiped in the period',
    }),
  }
)

/** Swipe analytics across sessions (a shopper's own, or every shopper's over a period with `shoppers`). */
export default class SwipeAnalyticsTransformer extends BaseTransformer<SwipeAnalytics> {
  toObject(): Infer<typeof swipeAnalyticsSchema> {
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
