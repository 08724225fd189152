import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { AD_REQUEST_STATUSES } from '#models/ad_request'
import type { CampaignStatus } from '#models/campaign'
import CacheService from '#platform/cache/cache_service'
import type { CacheFamily } from '#config/cache'
import {
  bucketOf,
  bucketsBetween,
  countPerDay,
  dayOf,
  type Bucket,
} from '#services/analytics/date_buckets'
import { salesPerDay, salesTotals } from '#services/analytics/sales_figures'
import type { QueryScope } from '#platform/db/query'
import type { Infer } from '#platform/openapi/schema'
import type {
  adRequestStatusSchema,
  campaignActivityPointSchema,
  campaignDistributionSchema,
  dashboardStatsSchema,
  salesPointSchema,
  userGrowthPointSchema,
} from '#transformers/operations/admin_ops_schemas'

type DashboardStats = Infer<typeof dashboardStatsSchema>
type UserGrowthPoint = Infer<typeof userGrowthPointSchema>
type CampaignActivityPoint = Infer<typeof campaignActivityPointSchema>
type SalesPoint = Infer<typeof salesPointSchema>
type CampaignDistribution = Infer<typeof campaignDistributionSchema>
type AdRequestStatusCounts = Infer<typeof adRequestStatusSchema>

export interface Range {
  from: DateTime
  to: DateTime
  bucket: Bucket
}

/** Deleted accounts (kept anonymised for the content others rely on) count apart from live ones. */
const liveUsers: QueryScope = (q) => q.whereNull('deleted_at')

const countBy = async (
  connection: string | undefined,
  table: string,
  column: string,
  scope: QueryScope = (q) => q
) => {
  const rows = await scope(db.connection(connection).from(table))
    .select(column)
    .count('* as total')
    .groupBy(column)
  return Object.fromEntries(rows.map((row) => [String(row[column]), Number(row.total)]))
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0)
const key = (range: Range) => `${range.from.toISODate()}:${range.to.toISODate()}:${range.bucket}`

/**
 * Admin dashboard figures and chart series, cached per family in `config/cache.ts` (stats 60 s,
 * user growth 300 s per query, campaign charts 180 s per query, other charts
 * 120 s). Every answer carries when it was computed. Figures come from the
 * primary database connection, or from the one named with `on()`.
 */
@inject()
export default class DashboardService {
  #connection?: string

  constructor(private cache: CacheService) {}

  /** The same dashboard over another Lucid connection, cached apart from the primary one's. */
  on(connection: string) {
    const dashboard = new DashboardService(this.cache)
    dashboard.#connection = connection
    return dashboard
  }

  stats() {
    return this.remember('adminStats', 'platform', async (): Promise<DashboardStats> => {
      const connection = this.#connection
      const client = this.#db()
      const byRole = await countBy(connection, 'users', 'role', liveUsers)
      const byStatus = await countBy(connection, 'users', 'status', liveUsers)
      const users = () => liveUsers(client.from('users'))
      const blocked = await users().whereNotNull('blocked_at').count('* as total').first()
      const flagged = await users().whereNotNull('flagged_at').count('* as total').first()
      const pending = await users()
        .where({ role: 'sponsor', status: 'pending' })
        .whereNull('blocked_at')
        .count('* as total')
        .first()
      const deleted = await client
        .from('users')
        .whereNotNull('deleted_at')
        .count('* as total')
        .first()
      const campaigns = await countBy(connection, 'campaigns', 'status')
      const adRequests = await countBy(connection, 'ad_requests', 'status')
      const plans = await client.from('skill_plans').count('* as total').first()
      const reports = await client
        .from('reports')
        .whereIn('status', ['open', 'claimed'])
        .count('* as total')
        .first()
      return {
        users: {
          total: sum(byRole),
          byRole: { admin: 0, sponsor: 0, influencer: 0, shopper: 0, ...byRole },
          byStatus: {
            active: 0,
            pending: 0,
            rejected: 0,
            ...byStatus,
            blocked: Number(blocked?.total ?? 0),
            flagged: Number(flagged?.total ?? 0),
          },
          deleted: Number(deleted?.total ?? 0),
        },
        pendingSponsors: Number(pending?.total ?? 0),
        campaigns: {
          total: sum(campaigns),
          byStatus: { draft: 0, active: 0, paused: 0, completed: 0, ...campaigns },
        },
        adRequests: {
          total: sum(adRequests),
          byStatus: {
            ...Object.fromEntries(AD_REQUEST_STATUSES.map((status) => [status, 0])),
            ...adRequests,
          },
        },
        skillPlans: { total: Number(plans?.total ?? 0) },
        reports: { open: Number(reports?.total ?? 0) },
        sales: await salesTotals(connection),
      }
    })
  }

  userGrowth(range: Range) {
    return this.remember('userGrowthChart', key(range), async (): Promise<UserGrowthPoint[]> => {
      const connection = this.#connection
      const perDay = await countPerDay('users', 'created_at', range.from, range.to, {
        connection,
        filter: liveUsers,
      })
      const before = await liveUsers(this.#db().from('users'))
        .whereRaw(`${dayOf('created_at', connection)} < ?`, [range.from.toISODate()!])
        .count('* as total')
        .first()
      let cumulative = Number(before?.total ?? 0)
      return this.fill(range, perDay).map(({ bucket, count }) => ({
        bucket,
        count,
        cumulative: (cumulative += count),
      }))
    })
  }

  campaignDistribution() {
    return this.remember(
      'campaignCharts',
      'distribution',
      async (): Promise<CampaignDistribution> => {
        const byNiche = await countBy(this.#connection, 'campaigns', 'niche')
        const byStatus = await countBy(this.#connection, 'campaigns', 'status')
        // Largest first, ties by value.
        const sorted = (values: Record<string, number>) =>
          Object.entries(values).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        return {
          byNiche: sorted(byNiche).map(([niche, count]) => ({ niche, count })),
          // The column only holds campaign statuses.
          byStatus: sorted(byStatus).map(([status, count]) => ({
            status: status as CampaignStatus,
            count,
          })),
        }
      }
    )
  }

  adRequestStatus() {
    return this.remember(
      'campaignCharts',
      'ad-request-status',
      async (): Promise<AdRequestStatusCounts> => {
        const counts = await countBy(this.#connection, 'ad_requests', 'status')
        return AD_REQUEST_STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }))
      }
    )
  }

  campaignActivity(range: Range) {
    return this.remember(
      'campaignCharts',
      `activity:${key(range)}`,
      async (): Promise<CampaignActivityPoint[]> => {
        const connection = this.#connection
        const created = await countPerDay('campaigns', 'created_at', range.from, range.to, {
          connection,
        })
        const requests = await countPerDay('ad_requests', 'created_at', range.from, range.to, {
          connection,
        })
        const accepted = await countPerDay('ad_requests', 'responded_at', range.from, range.to, {
          connection,
          filter: (q) => q.whereIn('status', ['accepted', 'completed']),
        })
        const buckets = bucketsBetween(range.from, range.to, range.bucket)
        const merge = (values: Map<string, number>) => this.fill(range, values).map((b) => b.count)
        const [c, r, a] = [merge(created), merge(requests), merge(accepted)]
        return buckets.map((bucket, i) => ({
          bucket,
          campaigns: c[i],
          adRequests: r[i],
          accepted: a[i],
        }))
      }
    )
  }

  sales(range: Range) {
    return this.remember(
      'dashboardCharts',
      `sales:${key(range)}`,
      async (): Promise<SalesPoint[]> => {
        const perDay = await salesPerDay(range.from, range.to, this.#connection)
        const totals = new Map<string, { count: number; revenue: number }>()
        for (const [day, value] of perDay) {
          const bucket = bucketOf(day, range.bucket)
          const current = totals.get(bucket) ?? { count: 0, revenue: 0 }
          totals.set(bucket, {
            count: current.count + value.count,
            revenue: current.revenue + value.revenue,
          })
        }
        return bucketsBetween(range.from, range.to, range.bucket).map((bucket) => ({
          bucket,
          ...(totals.get(bucket) ?? { count: 0, revenue: 0 }),
        }))
      }
    )
  }

  #db() {
    return db.connection(this.#connection)
  }

  /** Entries of another connection than the primary carry its name, so the two never answer for each other. */
  private remember<T>(family: CacheFamily, name: string, factory: () => Promise<T>) {
    return this.cache.remember(
      family,
      this.#connection ? `${name}@${this.#connection}` : name,
      factory
    )
  }

  /** Sums per-day counts into the range's buckets, zero-filled. */
  private fill(range: Range, perDay: Map<string, number>) {
    const totals = new Map<string, number>()
    for (const [day, count] of perDay)
      totals.set(
        bucketOf(day, range.bucket),
        (totals.get(bucketOf(day, range.bucket)) ?? 0) + count
      )
    return bucketsBetween(range.from, range.to, range.bucket).map((bucket) => ({
      bucket,
      count: totals.get(bucket) ?? 0,
    }))
  }
}
