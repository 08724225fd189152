import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import BatchRun from '#models/batch_run'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import OutboxService from '#platform/outbox/outbox_service'
import Scheduler, { isBatchTask, RunBatchJob, type TaskStatus } from '#platform/scheduler/scheduler'
import { sqlNow } from '#platform/db/time'

/** A scheduled task as admins see it (the platform scheduler's status of it). */
export type BatchStatus = TaskStatus

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

  list(): Promise<BatchStatus[]> {
    return this.scheduler.statuses()
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

  private ensure(name: string): string {
    if (!isBatchTask(name)) throw AppException.notFound('Batch task')
    return name
  }
}
