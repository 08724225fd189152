import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/**
 * Every signed-in account may export its own data (pending brands too: the
 * right of access does not wait for approval). Members delete their own
 * account; admin accounts cannot delete themselves, so the platform never
 * loses its operators by one request.
 */
export default class PersonalDataPolicy extends BasePolicy {
  export(_user: User): AuthorizerResponse {
    return true
  }

  deleteAccount(user: User): AuthorizerResponse {
    return user.isAdmin
      ? AuthorizationResponse.deny('Admin accounts cannot delete themselves', 403)
      : true
  }
}
