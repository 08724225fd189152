import { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'

export interface NewsletterMailData {
  email: string
  unsubscribeUrl: string
  [key: string]: unknown
}

/**
 * An e-mail to a newsletter address (who may have no account), rendered from
 * `emails/<template>_html|_text`, with its signed unsubscribe link in the body
 * and the List-Unsubscribe header.
 */
export default class NewsletterMail extends BaseMail {
  constructor(
    public subject: string,
    private template: string,
    private data: NewsletterMailData
  ) {
    super()
  }

  prepare() {
    const data = { ...this.data, appUrl }
    this.message.to(this.data.email)
    this.message.listUnsubscribe(this.data.unsubscribeUrl)
    this.message.htmlView(`emails/${this.template}_html`, data)
    this.message.textView(`emails/${this.template}_text`, data)
  }
}
