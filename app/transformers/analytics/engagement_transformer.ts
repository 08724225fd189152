import { BaseTransformer } from '@adonisjs/core/transformers'
import { integer, nullable, number, object, type Infer } from '#platform/openapi/schema'
import type { Engagement } from '#services/analytics/engagement_service'
import { count } from '#transformers/analytics/plan_analytics_transformer'

const rate = nullable(
  number({ minimum: 0, description: 'Per plan view, 4 decimals; null without views' })
)

export const engagementSchema = object({
  windowDays: integer({ enum: [7, 30] }),
  received: object({
    planViews: count(),
    uniqueViewers: count(),
    likes: count(),
    downloads: count(),
    ratings: count(),
    comments: count(),
    newFollowers: count(),
  }),
  actions: integer({
    minimum: 0,
    description: 'Likes, downloads, ratings, comments and follows the member made',
  }),
  rates: object({ engagement: rate, likes: rate, downloads: rate }),
})

/** A member's engagement over a window (`computedAt` goes to `meta`). */
export default class EngagementTransformer extends BaseTransformer<Engagement> {
  toObject(): Infer<typeof engagementSchema> {
    const {
      window,
      planViews,
      uniqueViewers,
      likes,
      downloads,
      ratings,
      comments,
      newFollowers,
      actions,
      rates,
    } = this.resource
    return {
      windowDays: window,
      received: { planViews, uniqueViewers, likes, downloads, ratings, comments, newFollowers },
      actions,
      rates,
    }
  }
}
