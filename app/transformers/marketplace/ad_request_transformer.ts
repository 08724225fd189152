import { BaseTransformer } from '@adonisjs/core/transformers'
import type AdRequest from '#models/ad_request'
import { AD_REQUEST_STATUSES } from '#models/ad_request'
import { CAMPAIGN_STATUSES } from '#models/campaign'
import {
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  refTo,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { party, partySchema } from '#transformers/marketplace/party'
import { iso, isoOrNull, required } from '#transformers/support'

export const adRequestSchema = object({
  id: integer(),
  campaign: object({
    id: integer(),
    name: string(),
    currency: string(),
    status: oneOf(CAMPAIGN_STATUSES),
  }),
  sponsor: refTo('MarketplaceParty', partySchema),
  influencer: refTo('MarketplaceParty', partySchema),
  initiatedBy: oneOf(['sponsor', 'influencer'], {
    description: 'An invitation by the brand or an application by the influencer',
  }),
  requirements: string(),
  deliverables: string(),
  paymentAmount: integer({
    description: 'The amount on the table (the last offer), integer minor units',
  }),
  agreedAmount: nullable(integer({ description: 'Set on accept: the last offer' })),
  status: oneOf(AD_REQUEST_STATUSES, {
    description: 'pending → negotiating → accepted | rejected | withdrawn; accepted → completed',
  }),
  lastOfferBy: nullable(
    integer({ description: 'Who made the last offer: the other party answers it' })
  ),
  rejectionReason: nullable(string()),
  respondedAt: nullable(dateTime()),
  completedAt: nullable(dateTime()),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

export default class AdRequestTransformer extends BaseTransformer<AdRequest> {
  toObject(): Infer<typeof adRequestSchema> {
    const r = this.resource
    const campaign = required(
      r.$preloaded.campaign as AdRequest['campaign'] | undefined,
      `AdRequest ${r.id} campaign (preload)`
    )
    const sponsor = r.$preloaded.sponsor as AdRequest['sponsor'] | undefined
    const influencer = r.$preloaded.influencer as AdRequest['influencer'] | undefined
    return {
      id: r.id,
      campaign: {
        id: campaign.id,
        name: campaign.name,
        currency: campaign.currency,
        status: campaign.status,
      },
      sponsor: party(required(sponsor, `AdRequest ${r.id} sponsor (preload)`)),
      influencer: party(required(influencer, `AdRequest ${r.id} influencer (preload)`)),
      initiatedBy: r.initiatedBy,
      requirements: r.requirements,
      deliverables: r.deliverables,
      paymentAmount: r.paymentAmount,
      agreedAmount: r.agreedAmount ?? null,
      status: r.status,
      lastOfferBy: r.lastOfferBy,
      rejectionReason: r.rejectionReason ?? null,
      respondedAt: isoOrNull(r.respondedAt),
      completedAt: isoOrNull(r.completedAt),
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    }
  }
}
