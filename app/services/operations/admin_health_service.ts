import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { redisUp } from '#platform/runtime/redis_state'
import CacheService from '#platform/cache/cache_service'
import HealthService from '#platform/health/health_service'
import QueueService from '#platform/queue/queue_service'
import BatchAdminService from '#services/operations/batch_admin_service'
import type { Infer } from '#platform/openapi/schema'
import type { adminHealthSchema } from '#transformers/operations/admin_ops_schemas'

/** A timestamp column as read: a Date (PostgreSQL) or text (SQLite, UTC). */
function timestamp(value: Date | string | null | undefined) {
  if (!value) return null
  if (value instanceof Date) return value
  const text = String(value).replace(' ', 'T')
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`)
}

/** Seconds from `at` to now, or null. */
const ageSeconds = (at: Date | null, now: number) =>
  at ? Math.max(0, Math.round((now - at.getTime()) / 1000)) : null

export type AdminHealth = Infer<typeof adminHealthSchema>

/**
 * The admin health view: readiness plus what an operator watches (batch runs,
 * the feed cache, the moderation queue, the job queues). A part whose source
 * does not answer shows what is known (a queue list is empty while Redis is
 * down); the view itself never fails for it.
 */
@inject()
export default class AdminHealthService {
  constructor(
    private health: HealthService,
    private batches: BatchAdminService,
    private cache: CacheService,
    private queues: QueueService
  ) {}

  async view(): Promise<AdminHealth> {
    const now = Date.now()
    const [readiness, tasks, scheduler, cacheStats, backlogs, moderation] = await Promise.all([
      this.health.ready(),
      this.batches.list(),
      this.batches.schedulerSighting(),
      this.cache.stats(),
      this.queues.backlog().catch(() => []),
      this.moderation(now),
    ])
    const feeds = cacheStats.families.feeds
    return {
      ready: readiness.ready,
      checks: readiness.checks,
      batch: {
        scheduler,
        overdue: tasks.filter((task) => task.overdue).length,
        tasks: tasks.map((task) => ({
          name: task.name,
          paused: task.paused,
          overdue: task.overdue,
          lastDueAt: task.lastDueAt,
          lastRun: task.lastRun
            ? {
                status: task.lastRun.status,
                startedAt: task.lastRun.startedAt.toISO()!,
                durationMs: task.lastRun.durationMs,
              }
            : null,
        })),
      },
      feed: {
        cache: {
          store: redisUp() ? 'redis' : 'memory',
          redis: readiness.checks.redis.status,
          ttl: feeds.ttl,
          keys: feeds.keys,
          hits: feeds.hits,
          misses: feeds.misses,
          hitRatio: feeds.hitRatio,
        },
        // A write drops its followers' cached pages in the request itself: nothing waits.
        fanOut: { mode: 'on-write', backlog: 0 },
      },
      moderation,
      queues: backlogs.map((backlog) => ({
        name: backlog.queue,
        waiting: backlog.waiting,
        active: backlog.active,
        failed: backlog.failed,
        oldestWaitingAt: backlog.oldestWaitingAt?.toISOString() ?? null,
        oldestWaitingAgeSeconds: ageSeconds(backlog.oldestWaitingAt, now),
      })),
    }
  }

  private async moderation(now: number) {
    const rows = await db
      .from('reports')
      .whereIn('status', ['open', 'claimed'])
      .select('status')
      .count('* as total')
      .min('created_at as oldest')
      .groupBy('status')
    const of = (status: string) => rows.find((row) => row.status === status)
    const oldest = timestamp(of('open')?.oldest)
    const [open, claimed] = [Number(of('open')?.total ?? 0), Number(of('claimed')?.total ?? 0)]
    return {
      queueSize: open + claimed,
      open,
      claimed,
      oldestOpenAt: oldest?.toISOString() ?? null,
      oldestOpenAgeSeconds: ageSeconds(oldest, now),
    }
  }
}
