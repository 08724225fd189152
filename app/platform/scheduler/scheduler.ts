import os from 'node:os'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import BatchRunner from '#platform/scheduler/batch_runner'
import { batchTasks, type BatchTaskName } from '#services/operations/batch_tasks'
import { lastCronRun } from '#platform/scheduler/cron'
import { withTaskLock } from '#platform/scheduler/task_lock'
import { sqlTime } from '#platform/db/time'
import { recordTaskRun } from '#platform/metrics/registry'

/**
 * Missed runs: when due times passed while no scheduler ran, a task runs once
 * at the next tick, for its latest due time (missed due times are coalesced,
 * never replayed one by one), provided that due time is at most this old.
 * Older ones are dropped and the task waits for its next due time.
 */
export const CATCH_UP_WINDOW = { hours: 24 }
/** A scheduler ticks every minute; one not seen for this long is reported missing. */
export const HEARTBEAT_FRESH = { minutes: 3 }
/** A due time this old without a run makes its task overdue. */
export const OVERDUE_AFTER = { minutes: 2 }

export type SchedulerMode = 'cron' | 'work' | 'in-process'

export interface TickOutcome {
  task: BatchTaskName
  dueAt: DateTime
  /** completed, failed, skipped (paused), locked (a run of the task is still going on), taken (another scheduler ran this due time). */
  outcome: 'completed' | 'failed' | 'skipped' | 'locked' | 'taken'
  durationMs: number | null
  error: string | null
}

export interface SchedulerSighting {
  lastSeenAt: DateTime | null
  seenLately: boolean
}

/**
 * The built-in scheduler: each tick runs every task whose due time has come
 * and has no run yet, each under its task lock, and records a heartbeat. One
 * cron line (`schedule:run` every minute), `schedule:work` and the demo's
 * in-process loop all call `tick`.
 */
@inject()
export default class Scheduler {
  constructor(private runner: BatchRunner) {}

  async tick(
    mode: SchedulerMode,
    options: { now?: DateTime<true>; only?: BatchTaskName[] } = {}
  ): Promise<TickOutcome[]> {
    const now = options.now ?? DateTime.utc()
    await this.heartbeat(mode, now)
    const due = await this.dueTasks(now, options.only)
    return Promise.all(due.map(({ task, dueAt }) => this.runOne(task, dueAt)))
  }

  /** Tasks whose latest due time is inside the catch-up window and has no scheduled run yet. */
  async dueTasks(now: DateTime<true>, only?: BatchTaskName[]) {
    const candidates: { task: BatchTaskName; dueAt: DateTime }[] = []
    for (const task of only ?? (Object.keys(batchTasks) as BatchTaskName[])) {
      const dueAt = lastCronRun(batchTasks[task].cron, now)
      if (dueAt && dueAt >= now.minus(CATCH_UP_WINDOW)) candidates.push({ task, dueAt })
    }
    if (candidates.length === 0) return []
    const done = await db
      .from('batch_runs')
      .select('task', 'scheduled_for')
      .where((query) => {
        for (const { task, dueAt } of candidates)
          query.orWhere((q) => q.where('task', task).where('scheduled_for', sqlTime(dueAt)))
      })
    const ran = new Set(done.map((row) => row.task))
    return candidates.filter(({ task }) => !ran.has(task))
  }

  private async runOne(task: BatchTaskName, dueAt: DateTime): Promise<TickOutcome> {
    const outcome = (
      value: TickOutcome['outcome'],
      run?: BatchRun | null,
      error?: string
    ): TickOutcome => {
      recordTaskRun(task, value)
      return {
        task,
        dueAt,
        outcome: value,
        durationMs: run?.durationMs ?? null,
        error: error ?? run?.error ?? null,
      }
    }
    try {
      const locked = await withTaskLock(task, () => this.runner.runScheduled(task, dueAt))
      if (!locked) return outcome('locked')
      if (!locked.value) return outcome('taken')
      return outcome(locked.value.status === 'skipped' ? 'skipped' : 'completed', locked.value)
    } catch (error) {
      const run = await BatchRun.query()
        .where('task', task)
        .where('scheduled_for', sqlTime(dueAt))
        .first()
      return outcome('failed', run, (error as Error).message)
    }
  }

  async heartbeat(mode: SchedulerMode, now = DateTime.utc()) {
    const scheduler =
      mode === 'cron' ? `cron@${os.hostname()}` : `${mode}@${os.hostname()}:${process.pid}`
    await db
      .table('scheduler_heartbeats')
      .insert({ scheduler, mode, started_at: sqlTime(now), seen_at: sqlTime(now) })
      .onConflict('scheduler')
      .merge(['mode', 'seen_at'])
  }

  /** When a scheduler last ticked, and whether that is recent enough to count as running. */
  async sighting(now = DateTime.utc()): Promise<SchedulerSighting> {
    const row = await db.from('scheduler_heartbeats').max('seen_at as seen').first()
    if (!row?.seen) return { lastSeenAt: null, seenLately: false }
    const lastSeenAt =
      row.seen instanceof Date
        ? DateTime.fromJSDate(row.seen, { zone: 'utc' })
        : DateTime.fromSQL(String(row.seen), { zone: 'utc' })
    return { lastSeenAt, seenLately: lastSeenAt >= now.minus(HEARTBEAT_FRESH) }
  }
}
