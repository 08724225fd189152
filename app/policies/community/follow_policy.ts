import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import { mayAct, notFound } from '#policies/account_state'
import { MEMBERS } from '#policies/community/plan_policy'
import { canFind } from '#services/community/people'

/**
 * Following is a member action on an active account. A user that cannot be
 * found (unknown, blocked, admin, private profile, a member who blocked you)
 * answers 404; following yourself is a validation error of the service (422).
 */
export default class FollowPolicy extends BasePolicy {
  async follow(user: User, target: User): Promise<AuthorizerResponse> {
    if (!(await canFind(user, target))) return notFound('User')
    return mayAct(user, MEMBERS)
  }

  /** Anyone you follow can be unfollowed, whatever happened to their account since. */
  unfollow(user: User): AuthorizerResponse {
    return mayAct(user, MEMBERS)
  }

  async status(user: User, target: User): Promise<AuthorizerResponse> {
    return (await canFind(user, target)) ? true : notFound('User')
  }
}
