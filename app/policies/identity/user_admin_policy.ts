import User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

/** Admin actions on accounts. Admins never block, reject or flag themselves or other admins. */
export default class UserAdminPolicy extends BasePolicy {
  viewAny(actor: User): AuthorizerResponse {
    return actor.isAdmin
  }

  view(actor: User): AuthorizerResponse {
    return actor.isAdmin
  }

  moderate(actor: User, target: User): AuthorizerResponse {
    return actor.isAdmin && !target.isAdmin
  }

  review(actor: User, target: User): AuthorizerResponse {
    return actor.isAdmin && target.role === 'sponsor'
  }
}
