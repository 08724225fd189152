import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { roleRefused } from '#policies/account_state'

/** Background tasks (job status, progress, results, retries) are for admins. */
export default class TaskPolicy extends BasePolicy {
  viewAny(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }

  view(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }

  retry(actor: User): AuthorizerResponse {
    return actor.isAdmin || roleRefused(['admin'])
  }
}
