import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

export default class ReportPolicy extends BasePolicy {
  /** Any active account (a pending brand included: it can still be harassed). */
  file(user: User): AuthorizerResponse {
    return !user.isBlocked && user.status !== 'rejected'
  }

  review(user: User): AuthorizerResponse {
    return user.isAdmin || roleRefused(['admin'])
  }
}
