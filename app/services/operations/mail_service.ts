import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type { BaseMail } from '@adonisjs/mail'

/**
 * The one way the app sends e-mail. Delivery failures are logged, never
 * surfaced to the request that caused the e-mail (users can ask again).
 */
export default class MailService {
  async send(message: BaseMail) {
    try {
      await mail.send(message)
      return true
    } catch (error) {
      logger.error({ err: error, subject: message.subject }, 'e-mail delivery failed')
      return false
    }
  }
}
