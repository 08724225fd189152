import { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'

/** Proves the mail path end to end (queue, worker, templates, SMTP): sent on an admin's request. */
export default class TestMail extends BaseMail {
  subject = 'Marquee test e-mail'

  constructor(
    private to: string,
    private requestedAt: string
  ) {
    super()
  }

  prepare() {
    const data = { to: this.to, requestedAt: this.requestedAt, appUrl }
    this.message.to(this.to)
    this.message.htmlView('emails/test_html', data)
    this.message.textView('emails/test_text', data)
  }
}
