import type User from '#models/user'
import type Campaign from '#models/campaign'
import db from '@adonisjs/lucid/services/db'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound } from '#policies/account_state'
import CampaignService from '#services/marketplace/campaign_service'

export default class CampaignPolicy extends BasePolicy {
  create(user: User): AuthorizerResponse {
    return mayAct(user, ['sponsor'])
  }

  browse(user: User): AuthorizerResponse {
    return user.isAdmin || mayAct(user, ['influencer', 'sponsor'])
  }

  listOwn(user: User): AuthorizerResponse {
    return mayAct(user, ['sponsor'])
  }

  manage(user: User, campaign: Campaign): AuthorizerResponse {
    if (campaign.sponsorId !== user.id) return notFound('Campaign')
    return mayAct(user, ['sponsor'])
  }

  /** Owners and admins always; others only while it is browsable or they have an ad request on it. */
  async view(user: User, campaign: Campaign): Promise<AuthorizerResponse> {
    if (user.isAdmin || campaign.sponsorId === user.id) return true
    if (user.role === 'shopper') return notFound('Campaign')
    if (user.role === 'influencer') {
      const involved = await db
        .from('ad_requests')
        .where({ campaign_id: campaign.id, influencer_id: user.id })
        .first()
      if (involved) return true
    }
    const browsable = await new CampaignService()
      .browsable()
      .where('campaigns.id', campaign.id)
      .first()
    return browsable ? true : notFound('Campaign')
  }
}
