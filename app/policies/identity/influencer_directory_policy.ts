import User from '#models/user'
import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

/** Browsing influencer profiles is a sponsor action: approved sponsors and admins only. */
export default class InfluencerDirectoryPolicy extends BasePolicy {
  browse(actor: User): AuthorizerResponse {
    if (actor.isAdmin) return true
    if (actor.role !== 'sponsor') return false
    if (actor.status === 'pending') return AuthorizationResponse.deny('Your brand account is pending approval', 403)
    return actor.canAct
  }
}
