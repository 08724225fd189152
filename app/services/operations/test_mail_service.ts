import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import db from '@adonisjs/lucid/services/db'
import AuditService from '#services/identity/audit_service'
import MailService from '#platform/mail/mail_service'

/** Lets an admin prove e-mail delivery end to end: outbox, queue, worker, templates, SMTP. */
@inject()
export default class TestMailService {
  constructor(
    private mailer: MailService,
    private audit: AuditService
  ) {}

  async send(actor: User, email: string, ctx?: HttpContext) {
    return db.transaction(async (trx) => {
      const taskId = await this.mailer.send(
        'test',
        { to: email, requestedAt: new Date().toISOString() },
        { client: trx }
      )
      await this.audit.record(
        actor,
        { action: 'mail.test', targetType: 'task', targetId: taskId, details: { to: email } },
        trx,
        ctx
      )
      return taskId
    })
  }
}
