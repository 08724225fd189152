import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun, { type BatchTrigger } from '#models/batch_run'
import { batchTasks, type BatchTaskName } from '#services/operations/batch/batch_tasks'

export interface RunOptions {
  trigger: BatchTrigger
  taskId?: string | null
  options?: Record<string, string | undefined>
  progress?: (percent: number) => Promise<void>
}

/** Runs one batch task and records the run (status, duration, result or error). */
export default class BatchRunner {
  async isPaused(name: BatchTaskName) {
    const row = await db.from('batch_settings').where('task', name).first()
    return Boolean(row?.paused)
  }

  async run(name: BatchTaskName, { trigger, taskId = null, options = {}, progress }: RunOptions) {
    const run = await BatchRun.create({ task: name, trigger, taskId, status: 'running', startedAt: DateTime.utc() })
    if (trigger === 'schedule' && (await this.isPaused(name))) {
      return this.finish(run, 'skipped', { reason: 'paused' })
    }
    try {
      const result = await batchTasks[name].run({
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

  private async finish(run: BatchRun, status: BatchRun['status'], result: Record<string, unknown> | null, error?: string) {
    const finishedAt = DateTime.utc()
    run.merge({ status, result, error: error ?? null, finishedAt, durationMs: Math.round(finishedAt.diff(run.startedAt).as('milliseconds')) })
    await run.save()
    return run
  }
}
