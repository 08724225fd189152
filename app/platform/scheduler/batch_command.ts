import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { stamped } from '#platform/scheduler/console_time'

/**
 * The ace command of one batch task, for an operator: runs it now (recorded in
 * batch_runs with trigger `cli`) or, with --queue, enqueues it for a worker and
 * prints the task id. Exits 1 with the error message when the run fails. The
 * scheduler runs the same tasks on their cron (`schedule:run`).
 */
export default abstract class BatchCommand extends BaseCommand {
  static options: CommandOptions = { startApp: true }
  /** The registered task it runs (app/services/operations/batch_tasks.ts). */
  static taskName: string

  @flags.boolean({ description: 'Enqueue the run as a background job instead of running it now' })
  declare queue: boolean

  /** Task options (e.g. --month); none by default. */
  protected taskOptions(): Record<string, string | undefined> {
    return {}
  }

  async run() {
    const name = (this.constructor as typeof BatchCommand).taskName
    try {
      if (this.queue) {
        const { default: OutboxService } = await import('#platform/outbox/outbox_service')
        const { default: RunBatchJob } = await import('#platform/scheduler/run_batch_job')
        const outbox = await this.app.container.make(OutboxService)
        const taskId = await outbox.dispatch(
          RunBatchJob,
          {
            task: name,
            trigger: 'cli',
            options: this.taskOptions(),
          },
          { awaitRelay: true }
        )
        this.logger.success(stamped(`${name}: queued as task ${taskId}`))
        return
      }
      const { default: BatchRunner } = await import('#platform/scheduler/batch_runner')
      const runner = await this.app.container.make(BatchRunner)
      const run = await runner.run(name, { trigger: 'cli', options: this.taskOptions() })
      this.logger.success(stamped(`${name}: ${run.status} in ${run.durationMs} ms`))
      this.logger.log(JSON.stringify(run.result ?? {}))
    } catch (error) {
      this.logger.error(stamped(`${name} failed: ${(error as Error).message}`))
      this.exitCode = 1
    }
  }
}
