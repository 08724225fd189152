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
import type PlanAnalyticsService from '#services/analytics/plan_analytics_service'

type PlanAnalytics = Awaited<ReturnType<PlanAnalyticsService['forPlan']>>

export const count = () => integer({ minimum: 0 })
export const day = string({ format: 'date', description: 'UTC day, YYYY-MM-DD' })

const planFigures = {
  views: count(),
  uniqueViewers: count(),
  shares: count(),
  starts: count(),
  tasksCompleted: count(),
  likes: count(),
  downloads: count(),
  ratings: count(),
  comments: count(),
}

export const planAnalyticsSchema = object({
  planId: integer(),
  totals: object({
    ...planFigures,
    averageRating: nullable(number({ minimum: 1, maximum: 5 })),
  }),
  series: array(object({ day, ...planFigures }), {
    description: 'One entry per UTC day of the range, zeros included',
  }),
})

/** A plan's figures over a range: totals and one entry per UTC day. */
export default class PlanAnalyticsTransformer extends BaseTransformer<PlanAnalytics> {
  toObject(): Infer<typeof planAnalyticsSchema> {
    const { planId, totals, series } = this.resource
    return { planId, totals, series }
  }
}
