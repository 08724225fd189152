import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import { mayAct, notFound } from '#policies/account_state'
import { MEMBERS } from '#policies/community/plan_policy'
import { isVisibleMember } from '#services/community/people'

/**
 * Blocking is for members, on members: admins neither block nor can be
 * blocked (they moderate through the admin block instead), and an account
 * that is not a visible member answers 404. Each member reads and changes
 * only their own list.
 */
export default class BlockPolicy extends BasePolicy {
  block(user: User, target: User): AuthorizerResponse {
    if (user.id !== target.id && !isVisibleMember(target)) return notFound('User')
    return mayAct(user, MEMBERS)
  }

  /** Anyone you blocked can be unblocked, whatever happened to their account since. */
  unblock(user: User): AuthorizerResponse {
    return mayAct(user, MEMBERS)
  }

  list(user: User): AuthorizerResponse {
    return mayAct(user, MEMBERS)
  }
}
