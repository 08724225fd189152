import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import DashboardService, { type Range } from '#services/analytics/dashboard_service'
import { dayRange } from '#services/analytics/date_buckets'
import { chartRangeValidator } from '#validators/operations/dashboard'

const MAX_DAYS = 731

/** Admin dashboard: platform figures and chart series; `meta.computedAt` says when each was computed. */
@inject()
export default class DashboardController {
  constructor(private dashboard: DashboardService) {}

  async stats(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { value, computedAt } = await this.dashboard.stats()
    return ctx.serialize(value, { computedAt })
  }

  async userGrowth(ctx: HttpContext) {
    const range = await this.range(ctx)
    const { value, computedAt } = await this.dashboard.userGrowth(range)
    return ctx.serialize(value, { computedAt, ...this.rangeMeta(range) })
  }

  async campaignDistribution(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { value, computedAt } = await this.dashboard.campaignDistribution()
    return ctx.serialize(value, { computedAt })
  }

  async adRequestStatus(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { value, computedAt } = await this.dashboard.adRequestStatus()
    return ctx.serialize(value, { computedAt })
  }

  async campaignActivity(ctx: HttpContext) {
    const range = await this.range(ctx)
    const { value, computedAt } = await this.dashboard.campaignActivity(range)
    return ctx.serialize(value, { computedAt, ...this.rangeMeta(range) })
  }

  async sales(ctx: HttpContext) {
    const range = await this.range(ctx)
    const { value, computedAt } = await this.dashboard.sales(range)
    return ctx.serialize(value, { computedAt, ...this.rangeMeta(range) })
  }

  private async range(ctx: HttpContext): Promise<Range> {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const query = await chartRangeValidator.validate(ctx.request.qs())
    return { ...dayRange(query, { maxDays: MAX_DAYS }), bucket: query.bucket ?? 'day' }
  }

  private rangeMeta(range: Range) {
    return { from: range.from.toISODate(), to: range.to.toISODate(), bucket: range.bucket }
  }
}
