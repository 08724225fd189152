import { DateTime } from 'luxon'
import CleanupService from '#services/operations/cleanup_service'
import CacheService, { warmCaches } from '#platform/cache/cache_service'
import type { BatchTask } from '#platform/scheduler/scheduler'
import MarketplaceMailings from '#services/marketplace/marketplace_mailings'
import CreatorSummaryMailings from '#services/community/creator_summary_mailings'
import NotificationDigestService from '#services/notifications/notification_digest_service'
import TrendingService from '#services/community/trending_service'
import AnalyticsRollupService from '#services/analytics/analytics_rollup_service'
import EngagementService from '#services/analytics/engagement_service'

/**
 * Every scheduled batch task, by name. Each runs
 * inline from its ace command, or as a job with `--queue`, and every run is
 * recorded in batch_runs. Modules add their tasks here; start/registries.ts
 * hands the list to the platform scheduler.
 */
export const batchTasks = {
  'cache-maintenance': {
    command: 'cache:maintain',
    cron: '*/30 * * * *',
    description: 'Re-warm the hot cached reads and snapshot the cache hit ratios',
    async run({ resolver }) {
      const warm = await warmCaches(resolver)
      const cache = await resolver.make(CacheService)
      const stats = await cache.stats()
      return { ...warm, hitRatio: stats.totals.hitRatio, keys: stats.totals.keys }
    },
  },
  'trending': {
    command: 'community:trending',
    cron: '*/15 * * * *',
    description: 'Recompute the trending score of every skill plan (time-decayed engagement)',
    async run({ resolver }) {
      const trending = await resolver.make(TrendingService)
      return { ...(await trending.recompute()) }
    },
  },
  'engagement-metrics': {
    command: 'analytics:engagement',
    cron: '*/5 * * * *',
    description:
      "Recompute every member's engagement over the last 7 and 30 days (GET /api/v1/me/engagement)",
    async run({ resolver }) {
      const engagement = await resolver.make(EngagementService)
      return engagement.recompute()
    },
  },
  'analytics-aggregation': {
    command: 'analytics:aggregate',
    cron: '*/10 * * * *',
    description: 'Roll new analytics events into per-day figures (GET /api/v1/plans/:id/analytics)',
    async run({ resolver }) {
      const rollup = await resolver.make(AnalyticsRollupService)
      return { ...(await rollup.run()) }
    },
  },
  'ad-request-reminders': {
    command: 'marketplace:remind',
    cron: '0 9 * * *',
    description: 'E-mail every influencer the ad requests waiting for their answer (once a day)',
    async run({ resolver }) {
      const mailings = await resolver.make(MarketplaceMailings)
      return mailings.sendReminders(DateTime.utc())
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
      const mailings = await resolver.make(MarketplaceMailings)
      return mailings.sendMonthlyReports(month)
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
      const mailings = await resolver.make(CreatorSummaryMailings)
      return mailings.sendWeekly(week)
    },
  },
  'notification-digests': {
    command: 'notifications:digest',
    cron: '0 * * * *',
    description: 'E-mail each user who opted in the unread notifications not e-mailed yet (hourly)',
    async run({ resolver }) {
      const digests = await resolver.make(NotificationDigestService)
      return { ...(await digests.run()) }
    },
  },
  'cleanup': {
    command: 'cleanup:run',
    cron: '30 3 * * *',
    description:
      'Delete expired tokens and spent one-time links, notifications read and batch runs over 90 days ago, expired GDPR exports, checkout Idempotency-Keys over 7 days old',
    async run({ resolver }) {
      const cleanup = await resolver.make(CleanupService)
      return { ...(await cleanup.run()) }
    },
  },
} satisfies Record<string, BatchTask>
