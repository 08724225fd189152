import { BaseTransformer } from '@adonisjs/core/transformers'
import type BatchRun from '#models/batch_run'
import { BATCH_TRIGGERS, type BatchStatus } from '#models/batch_run'
import {
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  typed,
  type Infer,
} from '#platform/openapi/schema'
import { iso, isoOrNull } from '#transformers/support'

export const RUN_STATUSES = [
  'running',
  'completed',
  'failed',
  'skipped',
] as const satisfies readonly BatchStatus[]

export const batchRunSchema = object({
  id: integer(),
  task: string(),
  trigger: oneOf(BATCH_TRIGGERS, {
    description:
      'schedule: the scheduler (for the due time `scheduledFor`); admin: POST /batch/{name}/run; cli: the ace command run by hand',
  }),
  scheduledFor: nullable(
    dateTime({ description: 'The due time a scheduled run is for (null for admin and cli runs)' })
  ),
  status: oneOf(RUN_STATUSES),
  taskId: nullable(string()),
  result: nullable(typed<Record<string, unknown>>({ type: 'object' })),
  error: nullable(string()),
  startedAt: dateTime(),
  finishedAt: nullable(dateTime()),
  durationMs: nullable(integer()),
})

export const batchRunObject = (run: BatchRun): Infer<typeof batchRunSchema> => ({
  id: run.id,
  task: run.task,
  trigger: run.trigger,
  status: run.status,
  scheduledFor: isoOrNull(run.scheduledFor?.toUTC()),
  taskId: run.taskId ?? null,
  result: run.result ?? null,
  error: run.error ?? null,
  startedAt: iso(run.startedAt),
  finishedAt: isoOrNull(run.finishedAt),
  durationMs: run.durationMs ?? null,
})

export default class BatchRunTransformer extends BaseTransformer<BatchRun> {
  toObject() {
    return batchRunObject(this.resource)
  }
}
