import type User from '#models/user'
import type AdRequest from '#models/ad_request'
import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
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

  /** The brand changes the terms it offers; the influencer answers with offers. */
  edit(user: User, request: AdRequest): AuthorizerResponse {
    if (!request.isParty(user.id)) return notFound('Ad request')
    if (user.id !== request.sponsorId)
      return AuthorizationResponse.deny('Only the brand changes the terms of an ad request', 403)
    return mayAct(user, ['sponsor'])
  }

  /** Whoever created the ad request (invitation or application) may take it back. */
  withdraw(user: User, request: AdRequest): AuthorizerResponse {
    if (!request.isParty(user.id)) return notFound('Ad request')
    if (!request.createdBy(user.id))
      return AuthorizationResponse.deny(
        'Only the party that created this ad request can withdraw it',
        403
      )
    return mayAct(user, ['sponsor', 'influencer'])
  }

  act(user: User, request: AdRequest): AuthorizerResponse {
    if (!request.isParty(user.id)) return notFound('Ad request')
    return mayAct(user, ['sponsor', 'influencer'])
  }
}
