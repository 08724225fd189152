import { inject } from '@adonisjs/core'
import type { DateTime } from 'luxon'
import type { Bucket } from '#services/analytics/date_buckets'
import {
  activeSeries,
  featureRanking,
  funnel,
  MONTH_DAYS,
  retention,
} from '#services/analytics/behaviour_figures'
import { activeDays, signUps, usage } from '#services/analytics/member_activity'
import CacheService from '#platform/cache/cache_service'
import type { Infer } from '#platform/openapi/schema'
import type { behaviourSchema } from '#transformers/analytics/analytics_schemas'

export interface BehaviourQuery {
  from: DateTime
  to: DateTime
  /** Size of the funnel's sign-up cohorts. */
  bucket: Bucket
}

/**
 * Members' behaviour over a period for admins: active members (DAU, WAU,
 * MAU), the sign-up → first plan → first like funnel, weekly retention
 * cohorts and the most-used features, read from the tracked events and the
 * activity rows. Cached per period and bucket as the dashboard charts are
 * (`dashboardCharts`, 120 s); every answer says when it was computed.
 */
@inject()
export default class BehaviourService {
  constructor(private cache: CacheService) {}

  forPeriod({ from, to, bucket }: BehaviourQuery) {
    return this.cache.remember(
      'dashboardCharts',
      `behaviour:${from.toISODate()}:${to.toISODate()}:${bucket}`,
      async (): Promise<Infer<typeof behaviourSchema>> => {
        const days = await activeDays(from.minus({ days: MONTH_DAYS - 1 }), to)
        const members = await signUps(from, to)
        const series = activeSeries(days, from, to)
        return {
          active: { current: series[series.length - 1], series },
          funnel: { bucket, ...funnel(members, from, to, bucket) },
          retention: retention(members, days, from, to),
          features: featureRanking(await usage(from, to)),
        }
      }
    )
  }
}
