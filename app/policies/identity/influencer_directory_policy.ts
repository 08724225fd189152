import type User from '#models/user'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct } from '#policies/account_state'

/** Browsing influencer profiles is a sponsor action: approved sponsors and admins only. */
export default class InfluencerDirectoryPolicy extends BasePolicy {
  browse(actor: User): AuthorizerResponse {
    return actor.isAdmin || mayAct(actor, ['sponsor'])
  }
}
