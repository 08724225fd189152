import { BaseTransformer } from '@adonisjs/core/transformers'
import {
  boolean,
  dateTime,
  nullable,
  object,
  refTo,
  string,
  type Infer,
} from '#platform/openapi/schema'
import type { BatchStatus } from '#services/operations/batch_admin_service'
import { batchRunObject, batchRunSchema } from '#transformers/operations/batch_run_transformer'

export const taskName = () =>
  string({ description: 'Batch task name, e.g. `cleanup`', maxLength: 64 })

export const batchTaskSchema = object({
  name: taskName(),
  command: string({ description: 'The ace command cron runs' }),
  cron: string({ examples: ['*/30 * * * *'] }),
  description: string(),
  paused: boolean(),
  nextRunAt: nullable(dateTime()),
  lastDueAt: nullable(dateTime({ description: 'The latest due time at or before now' })),
  overdue: boolean({
    description:
      'Not paused, and its latest due time passed over 2 minutes ago with no run started since (no scheduler running, or runs stuck)',
  }),
  lastRun: nullable(refTo('BatchRun', batchRunSchema)),
})

export default class BatchTaskTransformer extends BaseTransformer<BatchStatus> {
  toObject(): Infer<typeof batchTaskSchema> {
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
      lastRun: task.lastRun ? batchRunObject(task.lastRun) : null,
    }
  }
}
