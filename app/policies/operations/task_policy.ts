import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

/** Background tasks (job status, progress, results, retries) are for admins. */
export default class TaskPolicy extends BasePolicy {
  viewAny(actor: User): AuthorizerResponse {
    return actor.isAdmin
  }

  view(actor: User): AuthorizerResponse {
    return actor.isAdmin
  }

  retry(actor: User): AuthorizerResponse {
    return actor.isAdmin
  }
}
