import User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

/** Browsing influencer profiles is a sponsor action: approved sponsors and admins only. */
export default class InfluencerDirectoryPolicy extends BasePolicy {
  browse(actor: User): AuthorizerResponse {
    if (actor.isAdmin) return true
    return actor.role === 'sponsor' && actor.canAct
  }
}
