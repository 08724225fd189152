/**
 * The named OpenAPI components of the admin operations responses (app/openapi/admin_ops.ts):
 * a resource with a transformer has its schema beside it (the transformer is typed against it);
 * the figures the services answer directly are described here.
 */
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  refTo,
  string,
  typed,
  type Infer,
  type Schema,
} from '#platform/openapi/schema'
import { AD_REQUEST_STATUSES } from '#models/ad_request'
import { CAMPAIGN_STATUSES } from '#models/campaign'
import { ROLES } from '#models/user'
import { RUN_STATUSES, batchRunSchema } from '#transformers/operations/batch_run_transformer'
import { batchTaskSchema } from '#transformers/operations/batch_task_transformer'

export const hitStats = { hits: integer(), misses: integer(), hitRatio: nullable(number()) }

export const count = () => integer({ minimum: 0 })
/** Counts by key: every listed key is present (0 when none). */
export const countsBy = (keys: readonly string[]): Schema<Record<string, number>> => ({
  ...object(Object.fromEntries(keys.map((key) => [key, count()]))),
  additionalProperties: count(),
})
export const day = (description?: string) =>
  string({ format: 'date', ...(description ? { description } : {}) })
export const bucket = () =>
  day(
    'First day of the bucket: the day, the Monday of its ISO week, or the first of its month (UTC)'
  )

export const schedulerSightingSchema = object({
  lastSeenAt: nullable({
    ...dateTime(),
    description:
      'When a scheduler (cron line `schedule:run`, `schedule:work`, in-process) last ticked',
  }),
  seenLately: boolean({ description: 'A scheduler ticked in the last 3 minutes' }),
})

export const adminHealthSchema = object({
  ready: boolean({ description: 'As `GET /health/ready` (this route answers 200 either way)' }),
  checks: object({
    database: object(
      { status: oneOf(['up', 'down']), latencyMs: nullable(integer({ minimum: 0 })) },
      { error: string() }
    ),
    redis: object(
      {
        status: oneOf(['up', 'down', 'memory'], {
          description: '`memory`: a development process on its in-memory stores (never `up` then)',
        }),
        latencyMs: nullable(integer({ minimum: 0 })),
      },
      { error: string() }
    ),
    queues: object({
      status: oneOf(['ok', 'backlog', 'unknown']),
      waiting: integer({ minimum: 0 }),
      active: integer({ minimum: 0 }),
      failed: integer({ minimum: 0 }),
      oldestWaitingAt: nullable(dateTime()),
      outboxPending: integer({ minimum: 0 }),
      outboxOldestAt: nullable(dateTime()),
    }),
    scheduler: object({ status: oneOf(['ok', 'missing']), lastSeenAt: nullable(dateTime()) }),
  }),
  batch: object({
    scheduler: refTo('SchedulerSighting', schedulerSightingSchema),
    overdue: integer({ minimum: 0, description: 'How many tasks are overdue' }),
    tasks: array(
      object({
        name: string(),
        paused: boolean(),
        overdue: boolean(),
        lastDueAt: nullable(dateTime()),
        lastRun: nullable(
          object({
            status: oneOf(RUN_STATUSES),
            startedAt: dateTime(),
            durationMs: nullable(integer({ minimum: 0 })),
          })
        ),
      })
    ),
  }),
  feed: object({
    cache: object({
      store: oneOf(['redis', 'memory'], {
        description: 'Where this process keeps shared cache entries (memory: Redis absent at boot)',
      }),
      redis: oneOf(['up', 'down', 'memory']),
      ttl: string(),
      keys: nullable(
        integer({ minimum: 0, description: 'Cached feed pages (null without Redis)' })
      ),
      hits: integer({ minimum: 0 }),
      misses: integer({ minimum: 0 }),
      hitRatio: nullable(number()),
    }),
    fanOut: object({
      mode: oneOf(['on-write'], {
        description:
          "A member's new activity drops their followers' cached pages in the writing request",
      }),
      backlog: integer({
        minimum: 0,
        description: 'Fan-outs waiting to run: always 0 while the fan-out runs on write',
      }),
    }),
  }),
  moderation: object({
    queueSize: integer({ minimum: 0, description: 'Reports not handled yet (open + claimed)' }),
    open: integer({ minimum: 0 }),
    claimed: integer({ minimum: 0 }),
    oldestOpenAt: nullable({ ...dateTime(), description: 'The oldest report nobody claimed' }),
    oldestOpenAgeSeconds: nullable(integer({ minimum: 0 })),
  }),
  queues: array(
    object({
      name: string(),
      waiting: integer({ minimum: 0 }),
      active: integer({ minimum: 0 }),
      failed: integer({ minimum: 0 }),
      oldestWaitingAt: nullable(dateTime()),
      oldestWaitingAgeSeconds: nullable(integer({ minimum: 0 })),
    }),
    { description: 'Per queue; empty while the queues do not answer (Redis down)' }
  ),
})

export const dashboardStatsSchema = object({
  users: object({
    total: count(),
    byRole: countsBy(ROLES),
    byStatus: countsBy(['active', 'pending', 'rejected', 'blocked', 'flagged']),
    deleted: integer({
      minimum: 0,
      description: 'Deleted accounts (anonymised; not in total, byRole or byStatus)',
    }),
  }),
  pendingSponsors: integer({
    minimum: 0,
    description: 'Sponsors awaiting approval (not blocked)',
  }),
  campaigns: object({ total: count(), byStatus: countsBy(CAMPAIGN_STATUSES) }),
  adRequests: object({ total: count(), byStatus: countsBy(AD_REQUEST_STATUSES) }),
  skillPlans: object({ total: count() }),
  reports: object({
    open: integer({ minimum: 0, description: 'Open or claimed moderation reports' }),
  }),
  sales: object({
    count: count(),
    revenue: integer({ description: 'Integer minor units' }),
    currency: string({ examples: ['USD'] }),
  }),
})

export const userGrowthPointSchema = object({
  bucket: bucket(),
  count: integer({ minimum: 0, description: 'Accounts created in the bucket' }),
  cumulative: integer({
    minimum: 0,
    description: 'Accounts created up to the end of the bucket',
  }),
})

export const campaignActivityPointSchema = object({
  bucket: bucket(),
  campaigns: integer({ minimum: 0, description: 'Campaigns created' }),
  adRequests: integer({ minimum: 0, description: 'Ad requests created' }),
  accepted: integer({
    minimum: 0,
    description: 'Ad requests accepted (now accepted or completed), by the day they were answered',
  }),
})

export const salesPointSchema = object({
  bucket: bucket(),
  count: count(),
  revenue: integer({ description: 'Integer minor units' }),
})

const cacheFamilyStatsSchema = object({
  ttl: string({
    description: 'How long an entry stays fresh (config/cache.ts), e.g. `60s`, `30m`',
    examples: ['60s'],
  }),
  ...hitStats,
  keys: nullable(integer()),
})

export const cacheStatsSchema = object({
  scope: oneOf(['cluster', 'process']),
  families: typed<Record<string, Infer<typeof cacheFamilyStatsSchema>>>({
    type: 'object',
    additionalProperties: cacheFamilyStatsSchema,
  }),
  totals: object({ ...hitStats, keys: nullable(integer()) }),
})

/** Inline in the document (no component): `GET /dashboard/charts/campaign-distribution`. */
export const campaignDistributionSchema = object({
  byNiche: array(object({ niche: string(), count: count() })),
  byStatus: array(object({ status: oneOf(CAMPAIGN_STATUSES), count: count() })),
})

/** Inline in the document (no component): `GET /dashboard/charts/ad-request-status`. */
export const adRequestStatusSchema = array(
  object({ status: oneOf(AD_REQUEST_STATUSES), count: count() })
)

/** Inline in the document (no component): `GET /cache/health`. */
export const cacheHealthSchema = object({
  l1: string(),
  l2: object({ status: oneOf(['up', 'down']) }, { latencyMs: integer(), error: string() }),
  scope: string(),
  hitRatio: nullable(number()),
})

export const adminOpsSchemas = {
  BatchRun: batchRunSchema,
  BatchTask: batchTaskSchema,
  AdminHealth: adminHealthSchema,
  SchedulerSighting: schedulerSightingSchema,
  DashboardStats: dashboardStatsSchema,
  UserGrowthPoint: userGrowthPointSchema,
  CampaignActivityPoint: campaignActivityPointSchema,
  SalesPoint: salesPointSchema,
  CacheStats: cacheStatsSchema,
}
