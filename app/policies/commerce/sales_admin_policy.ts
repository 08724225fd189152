import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

/** Every sale, invoice and sales figure is open to admins. */
export default class SalesAdminPolicy extends BasePolicy {
  view(user: User): AuthorizerResponse {
    return user.isAdmin || roleRefused(['admin'])
  }
}
