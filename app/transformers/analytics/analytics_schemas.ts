/**
 * OpenAPI schemas of the responses documented in app/platform/openapi/paths/analytics.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import {
  array,
  integer,
  nullable,
  number,
  object,
  oneOf,
  ref,
  string,
} from '#platform/openapi/schema'
import { FEATURES } from '#services/analytics/behaviour_features'

export const count = () => integer({ minimum: 0 })
export const day = string({ format: 'date', description: 'UTC day, YYYY-MM-DD' })
export const rate = nullable(
  number({ minimum: 0, description: 'Per plan view, 4 decimals; null without views' })
)

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

export const planFigures = {
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

export const analyticsSchemas = {
  Behaviour: object({
    active: object({
      current: ref('ActiveMembers'),
      series: array(ref('ActiveMembers'), {
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
  }),
  ActiveMembers: object({ day, dau: count(), wau: count(), mau: count() }),
  PlanAnalytics: object({
    planId: integer(),
    totals: object({
      ...planFigures,
      averageRating: nullable(number({ minimum: 1, maximum: 5 })),
    }),
    series: array(object({ day, ...planFigures }), {
      description: 'One entry per UTC day of the range, zeros included',
    }),
  }),
  Engagement: object({
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
  }),
}
