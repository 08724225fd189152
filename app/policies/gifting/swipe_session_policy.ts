import type User from '#models/user'
import type SwipeSession from '#models/swipe_session'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound } from '#policies/account_state'

/** Swipe sessions (and their preferences and recommendations) belong to one shopper; others get 404. */
export default class SwipeSessionPolicy extends BasePolicy {
  start(user: User): AuthorizerResponse {
    return mayAct(user, ['shopper'])
  }

  listOwn(user: User): AuthorizerResponse {
    return mayAct(user, ['shopper'])
  }

  own(user: User, session: SwipeSession): AuthorizerResponse {
    if (session.userId !== user.id) return notFound('Swipe session')
    return mayAct(user, ['shopper'])
  }
}
