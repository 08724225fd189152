import { BaseTransformer } from '@adonisjs/core/transformers'
import type BatchRun from '#models/batch_run'

export default class BatchRunTransformer extends BaseTransformer<BatchRun> {
  toObject() {
    const run = this.resource
    return {
      id: run.id,
      task: run.task,
      trigger: run.trigger,
      status: run.status,
      scheduledFor: run.scheduledFor?.toUTC().toISO() ?? null,
      taskId: run.taskId ?? null,
      result: run.result ?? null,
      error: run.error ?? null,
      startedAt: run.startedAt.toISO(),
      finishedAt: run.finishedAt?.toISO() ?? null,
      durationMs: run.durationMs ?? null,
    }
  }
}
