import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import BatchRun from '#models/batch_run'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import RunBatchJob from '#jobs/run_batch_job'
import AuditService from '#services/identity/audit_service'
import OutboxService from '#platform/outbox/outbox_service'
import { batchTasks, isBatchTask, type BatchTaskName } from '#services/operations/batch_tasks'
import { lastCronRun, nextCronRun } from '#platform/scheduler/cron'
import Scheduler, { OVERDUE_AFTER } from '#platform/scheduler/scheduler'
import { DateTime } from 'luxon'
import { sqlNow } from '#platform/db/time'

export interface BatchStatus {
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

/** The scheduler as admins see it: tasks with last/next run, run-now, pause/resume, history. */
@inject()
export default class BatchAdminService {
  constructor(
    private outbox: OutboxService,
    private audit: AuditService,
    private scheduler: Scheduler
  ) {}

  /** When a scheduler (cron line, schedule:work, in-process) last ticked. */
  async schedulerSighting() {
    const { lastSeenAt, seenLately } = await this.scheduler.sighting()
    return { lastSeenAt: lastSeenAt?.toISO() ?? null, seenLately }
  }

  async list(): Promise<BatchStatus[]> {
    const now = DateTime.utc()
    const names = Object.keys(batchTasks) as BatchTaskName[]
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
    const statuses: BatchStatus[] = []
    for (const name of names) {
      const task = batchTasks[name]
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

  async status(name: string) {
    const known = this.ensure(name)
    const statuses = await this.list()
    return statuses.find((s) => s.name === known)!
  }

  /** Records a run for a worker (the outbox relays it now, or once Redis answers again). */
  async runNow(admin: User, name: string, ctx?: HttpContext) {
    const task = this.ensure(name)
    return db.transaction(async (trx) => {
      const taskId = await this.outbox.dispatch(
        RunBatchJob,
        { task, trigger: 'admin' },
        { client: trx }
      )
      await this.audit.record(
        admin,
        { action: 'batch.run', targetType: 'batch', targetId: task, details: { taskId } },
        trx,
        ctx
      )
      return taskId
    })
  }

  async setPaused(admin: User, name: string, paused: boolean, ctx?: HttpContext) {
    const task = this.ensure(name)
    await db.transaction(async (trx) => {
      const existing = await trx.from('batch_settings').where('task', task).forUpdate().first()
      if (Boolean(existing?.paused) === paused) {
        throw AppException.conflict(
          'E_INVALID_STATE',
          paused ? `${task} is already paused` : `${task} is not paused`
        )
      }
      if (existing)
        await trx
          .from('batch_settings')
          .where('task', task)
          .update({ paused, updated_at: sqlNow() })
      else await trx.table('batch_settings').insert({ task, paused, updated_at: sqlNow() })
      await this.audit.record(
        admin,
        { action: paused ? 'batch.pause' : 'batch.resume', targetType: 'batch', targetId: task },
        trx,
        ctx
      )
    })
    return this.status(task)
  }

  history(filters: { task?: string; status?: string; page?: number; perPage?: number }) {
    const query = BatchRun.query().orderBy('started_at', 'desc').orderBy('id', 'desc')
    if (filters.task) query.where('task', this.ensure(filters.task))
    if (filters.status) query.where('status', filters.status)
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  private ensure(name: string): BatchTaskName {
    if (!isBatchTask(name)) throw AppException.notFound('Batch task')
    return name
  }
}
