import { inject } from '@adonisjs/core'
import type { BatchTrigger } from '#models/batch_run'
import { Job, type JobContext } from '#platform/queue/queue_service'
import BatchRunner from '#platform/scheduler/batch_runner'
import { isBatchTask } from '#platform/scheduler/task_registry'

export interface RunBatchPayload {
  task: string
  trigger: BatchTrigger
  options?: Record<string, string | undefined>
}

/** A scheduled batch task run by a worker (`--queue`, or the admin batch API). */
@inject()
export default class RunBatchJob extends Job<RunBatchPayload, Record<string, unknown>> {
  static jobName = 'run_batch'
  static attempts = 1

  constructor(private runner: BatchRunner) {
    super()
  }

  async handle(payload: RunBatchPayload, ctx: JobContext) {
    if (!isBatchTask(payload.task)) throw new Error(`Unknown batch task "${payload.task}"`)
    const run = await this.runner.run(payload.task, {
      trigger: payload.trigger,
      taskId: ctx.taskId,
      options: payload.options,
      progress: (p) => ctx.progress(p),
    })
    return { runId: run.id, status: run.status, ...(run.result ?? {}) }
  }
}
