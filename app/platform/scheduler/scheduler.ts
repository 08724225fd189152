import os from 'node:os'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import BatchRunner from '#platform/scheduler/batch_runner'
import { batchTask, batchTaskNames } from '#platform/scheduler/task_registry'
import { lastCronRun, nextCronRun } from '#platform/scheduler/cron'
import { withTaskLock } from '#platform/scheduler/task_lock'
import { sqlTime } from '#platform/db/time'
import { recordTaskRun } from '#platform/metrics/registry'

export {
  batchTask,
  batchTaskNames,
  isBatchTask,
  registerBatchTasks,
  type BatchContext,
  type BatchTask,
} from '#platform/scheduler/task_registry'
export { default as BatchRunner, type RunOptions } from '#platform/scheduler/batch_runner'
export { default as RunBatchJob, type RunBatchPayload } from '#platform/scheduler/run_batch_job'
export { isCronExpression, lastCronRun, nextCronRun } from '#platform/scheduler/cron'
export { describeOutcome, SchedulerLoop, type LoopHooks } from '#platform/scheduler/scheduler_loop'
export { stamped } from '#platform/scheduler/console_time'

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
  task: string
  dueAt: DateTime
  /** completed, failed, skipped (paused), locked (a run of the task is still going on), taken (another scheduler ran this due time). */
  outcome: 'completed' | 'failed' | 'skipped' | 'locked' | 'taken'
  durationMs: number | null
  error: string | null
}

export interface TaskStatus {
  name: string
  command: string
  cron: string
  description: string
  paused: boolean
  nextRunAt: string | null
  /** The latest due time (at or before now). */
  lastDueAt: string | null
  /**
   * Not paused, and its latest due time passed over OVERDUE_AFTER ago with no
   * run started since (and after the first scheduler tick ever seen, if any).
   */
  overdue: boolean
  lastRun: BatchRun | null
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
    options: { now?: DateTime<true>; only?: string[] } = {}
  ): Promise<TickOutcome[]> {
    const now = options.now ?? DateTime.utc()
    await this.heartbeat(mode, now)
    const due = await this.dueTasks(now, options.only)
    return Promise.all(due.map(({ task, dueAt }) => this.runOne(task, dueAt)))
  }

  /** Tasks whose latest due time is inside the catch-up window and has no scheduled run yet. */
  async dueTasks(now: DateTime<true>, only?: string[]) {
    const candidates: { task: string; dueAt: DateTime }[] = []
    for (const task of only ?? batchTaskNames()) {
      const dueAt = lastCronRun(batchTask(task).cron, now)
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

  private async runOne(task: string, dueAt: DateTime): Promise<TickOutcome> {
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

  /** Every registered task with its cron, pause, next and latest due time, overdue flag and last finished run. */
  async statuses(now = DateTime.utc()): Promise<TaskStatus[]> {
    const names = batchTaskNames()
    const settings = await db.from('batch_settings').whereIn('task', names)
    const paused = new Set(settings.filter((s) => s.paused).map((s) => s.task))
    // A due time before the first scheduler ever ticked (a fresh deployment) had nothing to run it:
    // not overdue. With no scheduler ever seen, every due time passed unrun is.
    const first = await db.from('scheduler_heartbeats').min('started_at as at').first()
    const firstTick = first?.at
      ? first.at instanceof Date
        ? DateTime.fromJSDate(first.at, { zone: 'utc' })
        : DateTime.fromSQL(String(first.at), { zone: 'utc' })
      : null
    const statuses: TaskStatus[] = []
    for (const name of names) {
      const task = batchTask(name)
      const lastRun = await BatchRun.query()
        .where('task', name)
        .whereNot('status', 'running')
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .first()
      const lastStarted = await BatchRun.query()
        .where('task', name)
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .first()
      const lastDue = lastCronRun(task.cron, now)
      const overdue =
        !paused.has(name) &&
        lastDue !== null &&
        lastDue <= now.minus(OVERDUE_AFTER) &&
        !(firstTick && lastDue < firstTick) &&
        !(lastStarted && lastStarted.startedAt >= lastDue)
      statuses.push({
        name,
        command: task.command,
        cron: task.cron,
        description: task.description,
        paused: paused.has(name),
        nextRunAt: paused.has(name) ? null : (nextCronRun(task.cron, now)?.toISO() ?? null),
        lastDueAt: lastDue?.toISO() ?? null,
        overdue,
        lastRun,
      })
    }
    return statuses
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
