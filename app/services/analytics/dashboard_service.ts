import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import CacheService from '#services/operations/cache_service'
import { bucketOf, bucketsBetween, countPerDay, dayOf, type Bucket } from '#services/analytics/date_buckets'
import { salesPerDay, salesTotals } from '#services/analytics/sales_figures'

export interface Range {
  from: DateTime
  to: DateTime
  bucket: Bucket
}

const countBy = async (table: string, column: string, filter?: (q: any) => void) => {
  const query = db.from(table).select(column).count('* as total').groupBy(column)
  if (filter) filter(query)
  const rows = await query
  return Object.fromEntries(rows.map((row: any) => [String(row[column]), Number(row.total)]))
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0)
const key = (range: Range) => `${range.from.toISODate()}:${range.to.toISODate()}:${range.bucket}`

/**
 * Admin dashboard figures and chart series, cached per DESIGN.md (stats 60 s,
 * user growth 300 s per query, campaign charts 180 s per query, other charts
 * 120 s). Every answer carries when it was computed.
 */
@inject()
export default class DashboardService {
  constructor(private cache: CacheService) {}

  stats() {
    return this.cache.remember('adminStats', 'platform', async () => {
      const byRole = await countBy('users', 'role')
      const byStatus = await countBy('users', 'status')
      const blocked = await db.from('users').whereNotNull('blocked_at').count('* as total').first()
      const flagged = await db.from('users').whereNotNull('flagged_at').count('* as total').first()
      const pending = await db.from('users').where({ role: 'sponsor', status: 'pending' }).whereNull('blocked_at').count('* as total').first()
      const campaigns = await countBy('campaigns', 'status')
      const adRequests = await countBy('ad_requests', 'status')
      const plans = await db.from('skill_plans').count('* as total').first()
      const reports = await db.from('reports').whereIn('status', ['open', 'claimed']).count('* as total').first()
      return {
        users: {
          total: sum(byRole),
          byRole: { admin: 0, sponsor: 0, influencer: 0, shopper: 0, ...byRole },
          byStatus: { active: 0, pending: 0, rejected: 0, ...byStatus, blocked: Number(blocked?.total ?? 0), flagged: Number(flagged?.total ?? 0) },
        },
        pendingSponsors: Number(pending?.total ?? 0),
        campaigns: { total: sum(campaigns), byStatus: { draft: 0, active: 0, paused: 0, completed: 0, ...campaigns } },
        adRequests: { total: sum(adRequests), byStatus: { pending: 0, negotiating: 0, accepted: 0, rejected: 0, completed: 0, ...adRequests } },
        skillPlans: { total: Number(plans?.total ?? 0) },
        reports: { open: Number(reports?.total ?? 0) },
        sales: await salesTotals(),
      }
    })
  }

  userGrowth(range: Range) {
    return this.cache.remember('userGrowthChart', key(range), async () => {
      const perDay = await countPerDay('users', 'created_at', range.from, range.to)
      const before = await db.from('users').whereRaw(`${dayOf('created_at')} < ?`, [range.from.toISODate()!]).count('* as total').first()
      let cumulative = Number(before?.total ?? 0)
      return this.fill(range, perDay).map(({ bucket, count }) => ({ bucket, count, cumulative: (cumulative += count) }))
    })
  }

  campaignDistribution() {
    return this.cache.remember('campaignCharts', 'distribution', async () => {
      const byNiche = await countBy('campaigns', 'niche')
      const byStatus = await countBy('campaigns', 'status')
      const sorted = (values: Record<string, number>, name: string) =>
        Object.entries(values)
          .map(([value, count]) => ({ [name]: value, count }))
          .sort((a, b) => b.count - a.count || String(a[name]).localeCompare(String(b[name])))
      return { byNiche: sorted(byNiche, 'niche'), byStatus: sorted(byStatus, 'status') }
    })
  }

  adRequestStatus() {
    return this.cache.remember('campaignCharts', 'ad-request-status', async () => {
      const counts = await countBy('ad_requests', 'status')
      return ['pending', 'negotiating', 'accepted', 'rejected', 'completed'].map((status) => ({ status, count: counts[status] ?? 0 }))
    })
  }

  campaignActivity(range: Range) {
    return this.cache.remember('campaignCharts', `activity:${key(range)}`, async () => {
      const created = await countPerDay('campaigns', 'created_at', range.from, range.to)
      const requests = await countPerDay('ad_requests', 'created_at', range.from, range.to)
      const accepted = await countPerDay('ad_requests', 'responded_at', range.from, range.to, (q) => q.whereIn('status', ['accepted', 'completed']))
      const buckets = bucketsBetween(range.from, range.to, range.bucket)
      const merge = (values: Map<string, number>) => this.fill(range, values).map((b) => b.count)
      const [c, r, a] = [merge(created), merge(requests), merge(accepted)]
      return buckets.map((bucket, i) => ({ bucket, campaigns: c[i], adRequests: r[i], accepted: a[i] }))
    })
  }

  sales(range: Range) {
    return this.cache.remember('dashboardCharts', `sales:${key(range)}`, async () => {
      const perDay = await salesPerDay(range.from, range.to)
      const totals = new Map<string, { count: number; revenue: number }>()
      for (const [day, value] of perDay) {
        const bucket = bucketOf(day, range.bucket)
        const current = totals.get(bucket) ?? { count: 0, revenue: 0 }
        totals.set(bucket, { count: current.count + value.count, revenue: current.revenue + value.revenue })
      }
      return bucketsBetween(range.from, range.to, range.bucket).map((bucket) => ({ bucket, ...(totals.get(bucket) ?? { count: 0, revenue: 0 }) }))
    })
  }

  /** Sums per-day counts into the range's buckets, zero-filled. */
  private fill(range: Range, perDay: Map<string, number>) {
    const totals = new Map<string, number>()
    for (const [day, count] of perDay) totals.set(bucketOf(day, range.bucket), (totals.get(bucketOf(day, range.bucket)) ?? 0) + count)
    return bucketsBetween(range.from, range.to, range.bucket).map((bucket) => ({ bucket, count: totals.get(bucket) ?? 0 }))
  }
}
