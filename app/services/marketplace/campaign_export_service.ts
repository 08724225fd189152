import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { join } from 'node:path'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import ExportCampaignsJob, { type ExportCampaignsResult } from '#jobs/export_campaigns_job'
import QueueService from '#platform/queue/queue_service'
import OutboxService from '#platform/outbox/outbox_service'
import { parseTaskId } from '#platform/queue/queue_service'

/** The job id names its owner, so only that brand can follow and download the export. */
const ownerPrefix = (sponsorId: number) => `campaigns-export-${sponsorId}-`

@inject()
export default class CampaignExportService {
  constructor(
    private queues: QueueService,
    private outbox: OutboxService
  ) {}

  /** Records the export job (relayed to the queue now, or once Redis answers again) and returns its task id. */
  async start(sponsor: User) {
    return this.outbox.dispatch(
      ExportCampaignsJob,
      { sponsorId: sponsor.id },
      { jobId: `${ownerPrefix(sponsor.id)}${crypto.randomUUID()}` }
    )
  }

  async status(sponsor: User, taskId: string) {
    const parsed = parseTaskId(taskId)
    const task = parsed?.jobId.startsWith(ownerPrefix(sponsor.id))
      ? await this.queues.get(taskId)
      : null
    if (!task) throw AppException.notFound('Export')
    return task
  }

  /** Absolute path of a completed export; 409 while it is still running. */
  async file(sponsor: User, taskId: string) {
    const task = await this.status(sponsor, taskId)
    if (task.state !== 'completed')
      throw AppException.conflict(
        'E_EXPORT_NOT_READY',
        `The export is ${task.state}; download it once it is completed`
      )
    const result = task.result as ExportCampaignsResult
    return { path: join(app.tmpPath('exports'), result.file), rows: result.rows }
  }
}
