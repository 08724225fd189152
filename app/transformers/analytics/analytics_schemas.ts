/**
 * The named OpenAPI components of the analytics responses (app/openapi/analytics.ts):
 * a resource with a transformer has its schema beside it (the transformer is typed against it);
 * the behaviour figures the service answers directly are described here.
 */
import {
  array,
  integer,
  nullable,
  number,
  object,
  oneOf,
  refTo,
  string,
} from '#platform/openapi/schema'
import { FEATURES } from '#services/analytics/behaviour_features'
import { engagementSchema } from '#transformers/analytics/engagement_transformer'
import { count, day, planAnalyticsSchema } from '#transformers/analytics/plan_analytics_transformer'

export { count } from '#transformers/analytics/plan_analytics_transformer'

export const pct = (of: string) =>
  nullable(
    number({
      minimum: 0,
      maximum: 100,
      description: `Percent of ${of}, 1 decimal; null when there are none`,
    })
  )

export const funnelFigures = {
  signedUp: count(),
  firstPlan: integer({
    minimum: 0,
    description: 'Of them, those who created a skill plan by the end of the period',
  }),
  firstLike: integer({
    minimum: 0,
    description: 'Of those, the ones who also liked a plan by the end of the period',
  }),
  planRate: pct('`signedUp`'),
  likeRate: pct('`firstPlan`'),
  overallRate: pct('`signedUp`'),
}

export const activeMembersSchema = object({ day, dau: count(), wau: count(), mau: count() })

export const behaviourSchema = object({
  active: object({
    current: refTo('ActiveMembers', activeMembersSchema),
    series: array(refTo('ActiveMembers', activeMembersSchema), {
      description: 'One entry per UTC day of the period, zeros included',
    }),
  }),
  funnel: object({
    bucket: oneOf(['day', 'week', 'month']),
    cohorts: array(object({ cohort: day, ...funnelFigures }), {
      description: 'One entry per bucket of the period (first day of the bucket), zeros included',
    }),
    total: object(funnelFigures),
  }),
  retention: array(
    object({
      cohort: string({ format: 'date', description: 'Monday of the sign-up week (UTC)' }),
      size: count(),
      weeks: array(
        object({
          week: integer({ minimum: 0, description: 'Weeks since the sign-up week' }),
          active: count(),
          percent: pct('the cohort'),
        })
      ),
    })
  ),
  features: array(
    object({
      feature: oneOf(FEATURES),
      uses: integer({ minimum: 1, description: 'Events and activities of the feature' }),
      members: integer({ minimum: 1, description: 'Distinct members who used it' }),
    })
  ),
})

export const analyticsSchemas = {
  Behaviour: behaviourSchema,
  ActiveMembers: activeMembersSchema,
  PlanAnalytics: planAnalyticsSchema,
  Engagement: engagementSchema,
}
