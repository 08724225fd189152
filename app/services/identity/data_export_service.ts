import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import ExportPersonalDataJob from '#jobs/export_personal_data_job'
import QueueService from '#platform/queue/queue_service'
import OutboxService from '#platform/outbox/outbox_service'
import { parseTaskId } from '#platform/queue/queue_service'

/** The task id names its owner, so only that member can follow it. */
const taskPrefix = (userId: number) => `personal-data-${userId}-`

/** GDPR right of access: a member asks for an export (a job builds it, see PersonalDataExport) and follows its task. */
@inject()
export default class DataExportService {
  constructor(
    private queues: QueueService,
    private outbox: OutboxService
  ) {}

  async start(user: User) {
    const exportId = randomUUID()
    const taskId = await this.outbox.dispatch(
      ExportPersonalDataJob,
      { userId: user.id, exportId },
      { jobId: `${taskPrefix(user.id)}${exportId}` }
    )
    return { taskId, exportId }
  }

  async status(user: User, taskId: string) {
    const parsed = parseTaskId(taskId)
    const task = parsed?.jobId.startsWith(taskPrefix(user.id))
      ? await this.queues.get(taskId)
      : null
    if (!task) throw AppException.notFound('Export')
    return task
  }
}
