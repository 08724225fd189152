import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import SendMailJob from '#platform/mail/send_mail_job'
import OutboxService, { type OutboxOptions } from '#platform/outbox/outbox_service'
import { sqlNow } from '#platform/db/time'

export {
  default as SendMailJob,
  registerMailBuilder,
  type MailBuilder,
  type SendMailPayload,
  type SendMailResult,
} from '#platform/mail/send_mail_job'

/**
 * The app's e-mails by name, each a function from its data to the mail. The
 * app declares them (app/mails/registry.ts augments this interface), so
 * `send` checks a name and its data without the platform importing the app's mails.
 */
export interface Mails {}

export type MailName = keyof Mails & string
export type MailData<Name extends MailName> = Mails[Name] extends (data: infer Data) => unknown
  ? Data
  : never

/**
 * The one way the app sends e-mail: never inline, always a send-mail job on
 * the `mail` queue (retried with backoff by a worker), recorded in the outbox
 * within the transaction of the change that causes it (`client`) and relayed
 * to the queue after it commits. Resolves to the task id once recorded: the
 * e-mail is queued, not sent, and a queue outage only delays it.
 */
@inject()
export default class MailService {
  constructor(private outbox: OutboxService) {}

  send<Name extends MailName>(
    mail: Name,
    data: MailData<Name>,
    options?: OutboxOptions
  ): Promise<string> {
    return this.outbox.dispatch(SendMailJob, { mail, data }, options)
  }
}

/** What makes a scheduled e-mail the same one: to whom, and for which period (a day, a month, a digest's contents). */
export interface MailingKey {
  userId: number
  period: string
}

/**
 * The one way scheduled e-mails (reminders, reports, digests) are sent: at
 * most once per (e-mail, recipient, period). The key is claimed in the
 * database, in the transaction that queues the e-mail, so the de-duplication
 * holds whatever the queue holds: a queue emptied, or left over by an earlier
 * database whose members had the same ids, neither repeats nor swallows one.
 */
@inject()
export class ScheduledMailService {
  constructor(private mail: MailService) {}

  /**
   * Claims the key and records the e-mail in the outbox, in one transaction
   * (`client`'s when given, in a savepoint of it): both or neither. Resolves
   * to the task id, or null when the key was claimed already.
   */
  async sendOnce<Name extends MailName>(
    name: Name,
    key: MailingKey,
    data: MailData<Name>,
    client: QueryClientContract = db.connection()
  ) {
    return client.transaction(async (trx) => {
      const claimed = await trx
        .knexQuery()
        .table('scheduled_mailings')
        .insert({ kind: name, user_id: key.userId, period: key.period, created_at: sqlNow(trx) })
        .onConflict(['kind', 'user_id', 'period'])
        .ignore()
        .returning('id')
      if (!claimed.length) return null
      const taskId = await this.mail.send(name, data, { client: trx })
      await trx.from('scheduled_mailings').where('id', idOf(claimed[0])).update({ task_id: taskId })
      return taskId
    })
  }
}

const idOf = (row: number | { id: number }) => (typeof row === 'object' ? row.id : row)
