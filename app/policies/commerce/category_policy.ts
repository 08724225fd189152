import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

/** The category tree is the platform's: only admins shape it. */
export default class CategoryPolicy extends BasePolicy {
  manage(user: User): AuthorizerResponse {
    return user.isAdmin || roleRefused(['admin'])
  }
}
