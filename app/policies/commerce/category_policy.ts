import type User from '#models/user'
import { allowGuest, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

/** The category tree is the platform's: everyone reads it, only admins shape it. */
export default class CategoryPolicy extends BasePolicy {
  /** The catalogue is public: anyone, signed in or not, reads a category. */
  @allowGuest()
  view(_user: User | null): AuthorizerResponse {
    return true
  }

  manage(user: User): AuthorizerResponse {
    return user.isAdmin || roleRefused(['admin'])
  }
}
