import User from '#models/user'
import AdRequest from '#models/ad_request'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound } from '#policies/account_state'

export default class AdRequestPolicy extends BasePolicy {
  create(user: User): AuthorizerResponse {
    return mayAct(user, ['sponsor', 'influencer'])
  }

  list(user: User): AuthorizerResponse {
    return mayAct(user, ['sponsor', 'influencer'])
  }

  /** Only the two parties (and admins) know an ad request exists. */
  view(user: User, request: AdRequest): AuthorizerResponse {
    return user.isAdmin || request.isParty(user.id) ? true : notFound('Ad request')
  }

  act(user: User, request: AdRequest): AuthorizerResponse {
    if (!request.isParty(user.id)) return notFound('Ad request')
    return mayAct(user, ['sponsor', 'influencer'])
  }
}
