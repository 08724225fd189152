import { BaseTransformer } from '@adonisjs/core/transformers'
import type PlanAnalyticsService from '#services/analytics/plan_analytics_service'

type PlanAnalytics = Awaited<ReturnType<PlanAnalyticsService['forPlan']>>

/** A plan's figures over a range: totals and one entry per UTC day. */
export default class PlanAnalyticsTransformer extends BaseTransformer<PlanAnalytics> {
  toObject() {
    const { planId, totals, series } = this.resource
    return { planId, totals, series }
  }
}
