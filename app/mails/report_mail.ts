import { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'
import type { MailUser } from '#mails/registry'

/**
 * An e-mail rendered from `emails/<template>_html|_text` with JSON data: the
 * reports, reminders, digests, invoices and export notices.
 */
export default class ReportMail extends BaseMail {
  constructor(
    public subject: string,
    private template: string,
    private user: MailUser,
    private data: Record<string, unknown>
  ) {
    super()
  }

  prepare() {
    const data = { ...this.data, user: this.user, appUrl }
    this.message.to(this.user.email)
    this.message.htmlView(`emails/${this.template}_html`, data)
    this.message.textView(`emails/${this.template}_text`, data)
  }
}
