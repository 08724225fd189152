import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import SendMailJob from '#jobs/send_mail_job'
import type { MailData, MailName } from '#mails/registry'
import QueueService, { type DispatchOptions } from '#services/operations/queue/queue_service'

/**
 * The one way the app sends e-mail: never inline, always a send-mail job on
 * the `mail` queue (retried with backoff by a worker). A request that causes
 * an e-mail never fails because of it: queueing failures are logged and give
 * `null` instead of a task id.
 */
@inject()
export default class MailService {
  constructor(private queues: QueueService) {}

  async send<Name extends MailName>(mail: Name, data: MailData<Name>, options?: DispatchOptions): Promise<string | null> {
    try {
      return await this.queues.dispatch(SendMailJob, { mail, data }, options)
    } catch (error) {
      logger.error({ err: error, mail }, 'e-mail could not be queued')
      return null
    }
  }
}
