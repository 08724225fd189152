import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CampaignPolicy from '#policies/marketplace/campaign_policy'
import CampaignExportService from '#services/marketplace/campaign_export_service'
import TaskTransformer from '#transformers/operations/task_transformer'

@inject()
export default class CampaignExportsController {
  constructor(private exports: CampaignExportService) {}

  /** Starts a CSV export of the brand's campaigns; poll the task, then download. */
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(CampaignPolicy).authorize('listOwn')
    const taskId = await this.exports.start(ctx.auth.getUserOrFail())
    ctx.response.status(202)
    return ctx.serialize({ taskId, status: 'queued' })
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(CampaignPolicy).authorize('listOwn')
    const task = await this.exports.status(ctx.auth.getUserOrFail(), ctx.params.taskId)
    return ctx.serialize(TaskTransformer.transform(task))
  }

  async download(ctx: HttpContext) {
    await ctx.bouncer.with(CampaignPolicy).authorize('listOwn')
    const file = await this.exports.file(ctx.auth.getUserOrFail(), ctx.params.taskId)
    ctx.response.header('content-type', 'text/csv; charset=utf-8')
    ctx.response.attachment(file.path, 'campaigns.csv')
  }
}
