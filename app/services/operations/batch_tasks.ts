import { DateTime } from 'luxon'
import type { ContainerResolver } from '@adonisjs/core/container'
import CleanupService from '#services/operations/cleanup_service'
import CacheService from '#platform/cache/cache_service'
import MarketplaceMailings from '#services/marketplace/marketplace_mailings'
import CreatorSummaryMailings from '#services/community/creator_summary_mailings'
import NotificationDigestService from '#services/notifications/notification_digest_service'
import TrendingService from '#services/community/trending_service'
import AnalyticsRollupService from '#services/analytics/analytics_rollup_service'
import EngagementService from '#services/analytics/engagement_service'
import { warmCaches } from '#services/operations/cache_warmers'

export interface BatchContext {
  resolver: ContainerResolver<any>
  progress(percent: number): Promise<void>
  options: Record<string, string | undefined>
}

export interface BatchTask {
  /** Also the ace command: `node ace <command>`. */
  command: string
  cron: string
  description: string
  run(ctx: BatchContext): Promise<Record<string, unknown>>
}

/**
 * Every scheduled batch task, by name. Each runs
 * inline from its ace command, or as a job with `--queue`, and every run is
 * recorded in batch_runs. Modules add their tasks here.
 */
export const batchTasks: Record<string, BatchTask> = {
  'cache-maintenance': {
    command: 'cache:maintain',
    cron: '*/30 * * * *',
    description: 'Re-warm the hot cached reads and snapshot the cache hit ratios',
    async run({ resolver }) {
      const warm = await warmCaches(resolver)
      const stats = await (await resolver.make(CacheService)).stats()
      return { ...warm, hitRatio: stats.totals.hitRatio, keys: stats.totals.keys }
    },
  },
  'trending': {
    command: 'community:trending',
    cron: '*/15 * * * *',
    description: 'Recompute the trending score of every skill plan (time-decayed engagement)',
    async run({ resolver }) {
      return { ...(await (await resolver.make(TrendingService)).recompute()) }
    },
  },
  'engagement-metrics': {
    command: 'analytics:engagement',
    cron: '*/5 * * * *',
    description:
      "Recompute every member's engagement over the last 7 and 30 days (GET /api/v1/me/engagement)",
    async run({ resolver }) {
      return (await resolver.make(EngagementService)).recompute()
    },
  },
  'analytics-aggregation': {
    command: 'analytics:aggregate',
    cron: '*/10 * * * *',
    description: 'Roll new analytics events into per-day figures (GET /api/v1/plans/:id/analytics)',
    async run({ resolver }) {
      return { ...(await (await resolver.make(AnalyticsRollupService)).run()) }
    },
  },
  'ad-request-reminders': {
    command: 'marketplace:remind',
    cron: '0 9 * * *',
    description: 'E-mail every influencer the ad requests waiting for their answer (once a day)',
    async run({ resolver }) {
      return (await resolver.make(MarketplaceMailings)).sendReminders(DateTime.utc())
    },
  },
  'monthly-sponsor-reports': {
    command: 'marketplace:monthly-report',
    cron: '0 7 1 * *',
    description: "E-mail each brand last month's campaign and ad-request figures (--month=YYYY-MM)",
    async run({ resolver, options }) {
      const month = options.month
        ? DateTime.fromFormat(options.month, 'yyyy-MM', { zone: 'utc' })
        : DateTime.utc().minus({ months: 1 })
      if (!month.isValid) throw new Error('--month must be YYYY-MM')
      return (await resolver.make(MarketplaceMailings)).sendMonthlyReports(month)
    },
  },
  'creator-weekly-summaries': {
    command: 'community:weekly-summary',
    cron: '0 8 * * 1',
    description:
      "E-mail each creator last week's views, likes, downloads, ratings, comments and new followers against the week before (--week=YYYY-MM-DD, any day of that week)",
    async run({ resolver, options }) {
      const week = options.week
        ? DateTime.fromISO(options.week, { zone: 'utc' })
        : DateTime.utc().startOf('week').minus({ weeks: 1 })
      if (!week.isValid) throw new Error('--week must be YYYY-MM-DD')
      return (await resolver.make(CreatorSummaryMailings)).sendWeekly(week)
    },
  },
  'notification-digests': {
    command: 'notifications:digest',
    cron: '0 * * * *',
    description: 'E-mail each user who opted in the unread notifications not e-mailed yet (hourly)',
    async run({ resolver }) {
      return { ...(await (await resolver.make(NotificationDigestService)).run()) }
    },
  },
  'cleanup': {
    command: 'cleanup:run',
    cron: '30 3 * * *',
    description:
      'Delete expired tokens and spent one-time links, notifications read and batch runs over 90 days ago, expired GDPR exports, checkout Idempotency-Keys over 7 days old',
    async run({ resolver }) {
      return { ...(await (await resolver.make(CleanupService)).run()) }
    },
  },
}

export type BatchTaskName = keyof typeof batchTasks

export const isBatchTask = (name: string): name is BatchTaskName => Object.hasOwn(batchTasks, name)
