import { BaseTransformer } from '@adonisjs/core/transformers'
import type Campaign from '#models/campaign'
import { CAMPAIGN_STATUSES, VISIBILITIES } from '#models/campaign'
import {
  array,
  boolean,
  dateTime,
  integer,
  object,
  oneOf,
  refTo,
  string,
  type Infer,
  type Keywords,
} from '#platform/openapi/schema'
import { party, partySchema, type Party } from '#transformers/marketplace/party'
import { iso, isoDate, required } from '#transformers/support'

export const day = (keywords: Keywords = {}) =>
  string({ format: 'date', examples: ['2030-03-01'], ...keywords })

export const campaignSchema = object({
  id: integer(),
  name: string(),
  description: string(),
  niche: string(),
  goals: array(string()),
  budget: integer({ description: 'Integer minor units' }),
  currency: string({ minLength: 3, maxLength: 3, examples: ['USD'] }),
  startDate: day(),
  endDate: day(),
  visibility: oneOf(VISIBILITIES),
  status: oneOf(CAMPAIGN_STATUSES),
  flagged: boolean({ description: 'Flagged by an admin: hidden from browsing' }),
  sponsor: refTo('MarketplaceParty', partySchema),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

export type CampaignJson = Infer<typeof campaignSchema>

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
export function campaignObject(c: CampaignAttributes, sponsor: Party | null): CampaignJson {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    niche: c.niche,
    goals: c.goals,
    budget: c.budget,
    currency: c.currency,
    startDate: isoDate(c.startDate),
    endDate: isoDate(c.endDate),
    visibility: c.visibility,
    status: c.status,
    flagged: Boolean(c.flaggedAt),
    sponsor: required(sponsor, `Campaign ${c.id} sponsor (preload)`),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  }
}

export default class CampaignTransformer extends BaseTransformer<Campaign> {
  toObject() {
    const c = this.resource
    return campaignObject(c, party(c.$preloaded.sponsor as Campaign['sponsor'] | undefined))
  }
}
