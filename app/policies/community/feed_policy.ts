import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/**
 * Every signed-in account reads its own feeds, so it may refresh them: a
 * refresh drops only the caller's own cached pages, never another member's.
 */
export default class FeedPolicy extends BasePolicy {
  refresh(_user: User): AuthorizerResponse {
    return true
  }
}
