import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun, { type BatchTrigger } from '#models/batch_run'
import { batchTask } from '#platform/scheduler/task_registry'
import { sqlTime } from '#platform/db/time'

export interface RunOptions {
  trigger: BatchTrigger
  taskId?: string | null
  options?: Record<string, string | undefined>
  progress?: (percent: number) => Promise<void>
}

/** Runs one batch task and records the run (trigger, status, duration, result or error). */
export default class BatchRunner {
  async isPaused(name: string) {
    const row = await db.from('batch_settings').where('task', name).first()
    return Boolean(row?.paused)
  }

  async run(name: string, options: RunOptions) {
    const run = await BatchRun.create({
      task: name,
      trigger: options.trigger,
      taskId: options.taskId ?? null,
      status: 'running',
      startedAt: DateTime.utc(),
    })
    return this.execute(run, options)
  }

  /**
   * The scheduler's run of a task for one due time: `null` when a run for that
   * due time exists already (another scheduler took it), `skipped` while the
   * task is paused. The (task, scheduled_for) unique key makes each due time
   * run at most once, whatever the number of schedulers.
   */
  async runScheduled(name: string, dueAt: DateTime) {
    const [claimed] = await db
      .table('batch_runs')
      .insert({
        task: name,
        trigger: 'schedule',
        status: 'running',
        started_at: sqlTime(DateTime.utc()),
        scheduled_for: sqlTime(dueAt),
      })
      .onConflict(['task', 'scheduled_for'])
      .ignore()
      .returning('id')
    if (!claimed) return null
    const run = await BatchRun.findOrFail(typeof claimed === 'object' ? claimed.id : claimed)
    if (await this.isPaused(name)) return this.finish(run, 'skipped', { reason: 'paused' })
    return this.execute(run, { trigger: 'schedule' })
  }

  private async execute(run: BatchRun, { options = {}, progress }: RunOptions) {
    try {
      const result = await batchTask(run.task).run({
        resolver: app.container.createResolver(),
        progress: progress ?? (async () => {}),
        options,
      })
      return await this.finish(run, 'completed', result)
    } catch (error) {
      await this.finish(run, 'failed', null, (error as Error).message)
      throw error
    }
  }

  private async finish(
    run: BatchRun,
    status: BatchRun['status'],
    result: Record<string, unknown> | null,
    error?: string
  ) {
    const finishedAt = DateTime.utc()
    run.merge({
      status,
      result,
      error: error ?? null,
      finishedAt,
      durationMs: Math.round(finishedAt.diff(run.startedAt).as('milliseconds')),
    })
    await run.save()
    return run
  }
}
