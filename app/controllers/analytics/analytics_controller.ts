import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import SkillPlan from '#models/skill_plan'
import AppException from '#exceptions/app_exception'
import AnalyticsPolicy from '#policies/analytics/analytics_policy'
import { dayRange } from '#services/analytics/date_buckets'
import EngagementService from '#services/analytics/engagement_service'
import PlanAnalyticsService from '#services/analytics/plan_analytics_service'
import TrackingService from '#services/analytics/tracking_service'
import EngagementTransformer from '#transformers/analytics/engagement_transformer'
import PlanAnalyticsTransformer from '#transformers/analytics/plan_analytics_transformer'
import {
  dayRangeValidator,
  engagementValidator,
  trackEventsValidator,
  trackEventValidator,
} from '#validators/analytics/analytics'
import { routeId } from '#platform/http/ids'

/** A plan's analytics cover at most a year and a day. */
const MAX_DAYS = 366

@inject()
export default class AnalyticsController {
  constructor(
    private tracking: TrackingService,
    private plans: PlanAnalyticsService,
    private engagement: EngagementService
  ) {}

  /** One event, or `{ events: [...] }` (up to 50). */
  async track(ctx: HttpContext) {
    await ctx.bouncer.with(AnalyticsPolicy).authorize('track')
    const batch =
      ctx.request.input('events') !== undefined
        ? await ctx.request.validateUsing(trackEventsValidator)
        : { events: [await ctx.request.validateUsing(trackEventValidator)] }
    const events = batch.events
    const result = await this.tracking.track(ctx.auth.getUserOrFail(), events)
    ctx.response.status(202)
    return ctx.serialize(result)
  }

  async plan(ctx: HttpContext) {
    const plan = await SkillPlan.query().where('id', routeId(ctx)).preload('owner').first()
    if (!plan) throw AppException.notFound('Plan')
    await ctx.bouncer.with(AnalyticsPolicy).authorize('viewPlan', plan)
    const { from, to } = dayRange(await dayRangeValidator.validate(ctx.request.qs()), {
      maxDays: MAX_DAYS,
    })
    const analytics = await this.plans.forPlan(plan, from, to)
    return ctx.serialize(PlanAnalyticsTransformer.transform(analytics), {
      from: from.toISODate(),
      to: to.toISODate(),
      aggregatedAt: analytics.aggregatedAt,
    })
  }

  async myEngagement(ctx: HttpContext) {
    await ctx.bouncer.with(AnalyticsPolicy).authorize('viewOwnEngagement')
    const { window } = await engagementValidator.validate(ctx.request.qs())
    const engagement = await this.engagement.forUser(
      ctx.auth.getUserOrFail().id,
      window === '7' ? 7 : 30
    )
    return ctx.serialize(EngagementTransformer.transform(engagement), {
      computedAt: engagement.computedAt,
    })
  }
}
