import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import QueueService, { type TaskFilter } from '#platform/queue/queue_service'

/** Admins read and retry background tasks (jobs of every queue). */
@inject()
export default class TaskService {
  constructor(
    private queues: QueueService,
    private audit: AuditService
  ) {}

  async find(id: string) {
    const task = await this.queues.get(id)
    if (!task) throw AppException.notFound('Task')
    return task
  }

  list(filter: TaskFilter) {
    return this.queues.list(filter)
  }

  /** Runs a failed task again (with all its attempts); 409 for any other state. */
  async retry(actor: User, id: string, ctx?: HttpContext) {
    const outcome = await this.queues.retry(id)
    if (outcome === 'missing') throw AppException.notFound('Task')
    if (outcome === 'not_failed')
      throw AppException.conflict('E_TASK_NOT_FAILED', 'Only failed tasks can be retried')
    await this.audit.record(
      actor,
      { action: 'task.retry', targetType: 'task', targetId: id },
      undefined,
      ctx
    )
    return this.find(id)
  }
}
