import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { Job, type JobContext } from '#platform/queue/queue_service'
import CampaignExport from '#services/marketplace/campaign_export'

export interface ExportCampaignsPayload {
  sponsorId: number
}

export interface ExportCampaignsResult {
  file: string
  rows: number
}

/** Writes a brand's campaigns as CSV under tmp/exports; the brand downloads it when the task completes. */
@inject()
export default class ExportCampaignsJob extends Job<ExportCampaignsPayload, ExportCampaignsResult> {
  static jobName = 'export_campaigns'

  constructor(private exporter: CampaignExport) {
    super()
  }

  async handle(payload: ExportCampaignsPayload, ctx: JobContext): Promise<ExportCampaignsResult> {
    const { csv, rows } = await this.exporter.csv(payload.sponsorId)
    await ctx.progress(80)
    const dir = app.tmpPath('exports')
    await mkdir(dir, { recursive: true })
    const file = `campaigns-${ctx.taskId.replace(/[^\w.-]/g, '_')}.csv`
    await writeFile(join(dir, file), csv)
    return { file, rows }
  }
}
