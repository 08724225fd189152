import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import SwipeSessionPolicy from '#policies/gifting/swipe_session_policy'
import { dayRange } from '#services/analytics/date_buckets'
import GiftingAnalyticsService from '#services/gifting/gifting_analytics_service'
import RecommendationService from '#services/gifting/recommendation_service'
import RecommendationTransformer from '#transformers/gifting/recommendation_transformer'
import SwipeAnalyticsTransformer from '#transformers/gifting/swipe_analytics_transformer'
import { dayRangeValidator } from '#validators/analytics/analytics'
import { paginationQueryValidator } from '#validators/common'

const MAX_DAYS = 366

/** Gifting across swipe sessions: a shopper's recommendations and swipe analytics, and the platform's for admins. */
@inject()
export default class GiftingAnalyticsController {
  constructor(
    private analytics: GiftingAnalyticsService,
    private gifts: RecommendationService
  ) {}

  async allRecommendations(ctx: HttpContext) {
    await ctx.bouncer.with(SwipeSessionPolicy).authorize('listOwn')
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const list = await this.gifts.allOf(ctx.auth.getUserOrFail().id, page, perPage)
    return ctx.serialize(RecommendationTransformer.paginate(list.all(), list.getMeta()))
  }

  async mine(ctx: HttpContext) {
    await ctx.bouncer.with(SwipeSessionPolicy).authorize('listOwn')
    return ctx.serialize(
      SwipeAnalyticsTransformer.transform(await this.analytics.forShopper(ctx.auth.getUserOrFail()))
    )
  }

  async platform(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { from, to } = dayRange(await dayRangeValidator.validate(ctx.request.qs()), {
      maxDays: MAX_DAYS,
    })
    const { value, computedAt } = await this.analytics.forPeriod(from, to)
    return ctx.serialize(SwipeAnalyticsTransformer.transform(value), {
      computedAt,
      from: from.toISODate(),
      to: to.toISODate(),
    })
  }
}
