import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

/** Platform operations (dashboard, cache, batch runs, seeding) are for admins only. */
export default class OperationsPolicy extends BasePolicy {
  operate(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }
}
