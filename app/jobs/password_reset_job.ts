import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { Job } from '#platform/queue/queue_service'
import User from '#models/user'
import { mailUser } from '#mails/registry'
import MailService from '#platform/mail/mail_service'
import UserTokenService from '#services/identity/user_token_service'

export interface PasswordResetPayload {
  /** The address as the validators normalise it. */
  email: string
}

/**
 * Looks the account up and mails it a reset link, off the request path: the
 * forgot-password answer takes the same time whether the address has an
 * account or not. Unknown, blocked and deleted accounts get nothing.
 */
@inject()
export default class PasswordResetJob extends Job<PasswordResetPayload, { sent: boolean }> {
  static jobName = 'password_reset'
  static queue = 'mail' as const

  constructor(
    private userTokens: UserTokenService,
    private mailer: MailService
  ) {
    super()
  }

  async handle({ email }: PasswordResetPayload) {
    const user = await User.findBy('email', email)
    if (!user || user.blockedAt || user.deletedAt) return { sent: false }
    await db.transaction(async (trx) => {
      const token = await this.userTokens.create(user.id, 'password_reset', trx)
      await this.mailer.send('password_reset', { user: mailUser(user), token }, { client: trx })
    })
    return { sent: true }
  }
}
