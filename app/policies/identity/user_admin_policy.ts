import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

/**
 * Admin actions on accounts are for admins. What an action cannot do to its
 * target (approving a non-brand, blocking yourself or another admin) is a
 * state error of AdminUserService with its own code, not a 403.
 */
export default class UserAdminPolicy extends BasePolicy {
  viewAny(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }

  view(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }

  moderate(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }

  review(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }
}
