import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

export default class MailPolicy extends BasePolicy {
  /** Test e-mails go to any address, so only admins may send them. */
  sendTest(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }
}
