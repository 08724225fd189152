import { BaseTransformer } from '@adonisjs/core/transformers'
import type { Engagement } from '#services/analytics/engagement_service'

/** A member's engagement over a window (`computedAt` goes to `meta`). */
export default class EngagementTransformer extends BaseTransformer<Engagement> {
  toObject() {
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
