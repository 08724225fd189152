import { BaseTransformer } from '@adonisjs/core/transformers'
import type Campaign from '#models/campaign'
import { party } from '#transformers/marketplace/party'

type CampaignAttributes = Pick<
  Campaign,
  | 'id'
  | 'name'
  | 'description'
  | 'niche'
  | 'goals'
  | 'budget'
  | 'currency'
  | 'startDate'
  | 'endDate'
  | 'visibility'
  | 'status'
  | 'flaggedAt'
  | 'sponsorId'
  | 'createdAt'
  | 'updatedAt'
>

/** A campaign as the API shows it, from a model or from a row read with its sponsor (CampaignRowTransformer). */
export function campaignObject(c: CampaignAttributes, sponsor: ReturnType<typeof party>) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    niche: c.niche,
    goals: c.goals,
    budget: c.budget,
    currency: c.currency,
    startDate: c.startDate.toISODate(),
    endDate: c.endDate.toISODate(),
    visibility: c.visibility,
    status: c.status,
    flagged: Boolean(c.flaggedAt),
    sponsor: sponsor ?? { id: c.sponsorId },
    createdAt: c.createdAt.toISO(),
    updatedAt: c.updatedAt.toISO(),
  }
}

export default class CampaignTransformer extends BaseTransformer<Campaign> {
  toObject() {
    const c = this.resource
    return campaignObject(c, party(c.$preloaded.sponsor as Campaign['sponsor'] | undefined))
  }
}
