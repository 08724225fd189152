import { BaseTransformer } from '@adonisjs/core/transformers'
import type { BatchStatus } from '#services/operations/batch_admin_service'
import BatchRunTransformer from '#transformers/operations/batch_run_transformer'

export default class BatchTaskTransformer extends BaseTransformer<BatchStatus> {
  toObject() {
    const task = this.resource
    return {
      name: task.name,
      command: task.command,
      cron: task.cron,
      description: task.description,
      paused: task.paused,
      nextRunAt: task.nextRunAt,
      lastDueAt: task.lastDueAt,
      overdue: task.overdue,
      lastRun: task.lastRun ? new BatchRunTransformer(task.lastRun).toObject() : null,
    }
  }
}
