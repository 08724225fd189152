import { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'
import type User from '#models/user'

type Template = 'welcome' | 'verify_email' | 'password_reset'

const SUBJECTS: Record<Template, string> = {
  welcome: 'Welcome to Marquee',
  verify_email: 'Confirm your Marquee e-mail address',
  password_reset: 'Reset your Marquee password',
}

/** Account e-mails (HTML + text Edge templates in resources/views/emails). */
export default class AccountMail extends BaseMail {
  subject: string

  constructor(
    private template: Template,
    private user: Pick<User, 'email' | 'fullName' | 'role' | 'status'>,
    private token?: string
  ) {
    super()
    this.subject = SUBJECTS[template]
  }

  prepare() {
    const data = {
      user: this.user,
      appUrl,
      token: this.token,
      link: this.token
        ? `${appUrl}/${this.template.replace('_', '-')}?token=${encodeURIComponent(this.token)}`
        : appUrl,
    }
    this.message.to(this.user.email)
    this.message.htmlView(`emails/${this.template}_html`, data)
    this.message.textView(`emails/${this.template}_text`, data)
  }
}
