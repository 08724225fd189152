import { inject } from '@adonisjs/core'
import SendMailJob from '#jobs/send_mail_job'
import type { MailData, MailName } from '#mails/registry'
import OutboxService, { type OutboxOptions } from '#platform/outbox/outbox_service'

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
