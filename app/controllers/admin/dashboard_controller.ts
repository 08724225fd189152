import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import OperationsPolicy from '#policies/operations/operations_policy'
import DashboardService, { type Range } from '#services/analytics/dashboard_service'
import AppException from '#exceptions/app_exception'
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
    const to = query.to ? DateTime.fromObject({ year: query.to.getFullYear(), month: query.to.getMonth() + 1, day: query.to.getDate() }, { zone: 'utc' }) : DateTime.utc().startOf('day')
    const from = query.from ? DateTime.fromObject({ year: query.from.getFullYear(), month: query.from.getMonth() + 1, day: query.from.getDate() }, { zone: 'utc' }) : to.minus({ days: 29 })
    if (to.diff(from, 'days').days > MAX_DAYS) throw AppException.invalid('from', `A chart covers at most ${MAX_DAYS} days`)
    if (to < from) throw AppException.invalid('to', 'to must be on or after from')
    return { from, to, bucket: query.bucket ?? 'day' }
  }

  private rangeMeta(range: Range) {
    return { from: range.from.toISODate(), to: range.to.toISODate(), bucket: range.bucket }
  }
}
