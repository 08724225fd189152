import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ReportPolicy from '#policies/moderation/report_policy'
import ReportService from '#services/moderation/report_service'
import ReportTransformer from '#transformers/moderation/report_transformer'
import { createReportValidator, myReportsValidator } from '#validators/moderation/report'

/** Users report content and follow their own reports' outcome. */
@inject()
export default class ReportsController {
  constructor(private reports: ReportService) {}

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('file')
    const payload = await ctx.request.validateUsing(createReportValidator)
    const report = await this.reports.file(ctx.auth.getUserOrFail(), payload)
    ctx.response.status(201)
    return ctx.serialize(ReportTransformer.transform(report))
  }

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('file')
    const page = await this.reports.mine(
      ctx.auth.getUserOrFail(),
      await myReportsValidator.validate(ctx.request.qs())
    )
    return ctx.serialize(ReportTransformer.paginate(page.all(), page.getMeta()))
  }
}
