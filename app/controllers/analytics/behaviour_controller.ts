import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AnalyticsPolicy from '#policies/analytics/analytics_policy'
import { dayRange } from '#services/analytics/date_buckets'
import BehaviourService from '#services/analytics/behaviour_service'
import {
  behaviourValidator,
  DEFAULT_FEATURES,
  MAX_BEHAVIOUR_DAYS,
} from '#validators/analytics/behaviour'

/** Members' behaviour for admins; `meta.computedAt` says when the figures were computed. */
@inject()
export default class BehaviourController {
  constructor(private behaviour: BehaviourService) {}

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(AnalyticsPolicy).authorize('viewBehaviour')
    const query = await behaviourValidator.validate(ctx.request.qs())
    const { from, to } = dayRange(query, { maxDays: MAX_BEHAVIOUR_DAYS })
    const bucket = query.bucket ?? 'week'
    const limit = query.limit ?? DEFAULT_FEATURES
    const { value, computedAt } = await this.behaviour.forPeriod({ from, to, bucket })
    return ctx.serialize(
      { ...value, features: value.features.slice(0, limit) },
      { computedAt, from: from.toISODate(), to: to.toISODate(), bucket, limit }
    )
  }
}
