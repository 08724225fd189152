import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import MailService from '#services/operations/mail_service'

/** Lets an admin prove e-mail delivery end to end: queue, worker, templates, SMTP. */
@inject()
export default class TestMailService {
  constructor(
    private mailer: MailService,
    private audit: AuditService
  ) {}

  async send(actor: User, email: string, ctx?: HttpContext) {
    const taskId = await this.mailer.send('test', { to: email, requestedAt: new Date().toISOString() })
    if (!taskId) throw new AppException(503, 'E_QUEUE_UNAVAILABLE', 'The e-mail could not be queued: the queue is unreachable')
    const entry = { action: 'mail.test', targetType: 'task', targetId: taskId, details: { to: email } }
    await this.audit.record(actor, entry, undefined, ctx)
    return taskId
  }
}
