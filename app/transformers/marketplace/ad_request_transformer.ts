import { BaseTransformer } from '@adonisjs/core/transformers'
import type AdRequest from '#models/ad_request'
import { party } from '#transformers/marketplace/party'

export default class AdRequestTransformer extends BaseTransformer<AdRequest> {
  toObject() {
    const r = this.resource
    const campaign = r.$preloaded.campaign as AdRequest['campaign'] | undefined
    return {
      id: r.id,
      campaign: campaign
        ? {
            id: campaign.id,
            name: campaign.name,
            currency: campaign.currency,
            status: campaign.status,
          }
        : { id: r.campaignId },
      sponsor: party(r.$preloaded.sponsor as AdRequest['sponsor'] | undefined) ?? {
        id: r.sponsorId,
      },
      influencer: party(r.$preloaded.influencer as AdRequest['influencer'] | undefined) ?? {
        id: r.influencerId,
      },
      initiatedBy: r.initiatedBy,
      requirements: r.requirements,
      deliverables: r.deliverables,
      paymentAmount: r.paymentAmount,
      agreedAmount: r.agreedAmount ?? null,
      status: r.status,
      lastOfferBy: r.lastOfferBy,
      rejectionReason: r.rejectionReason ?? null,
      respondedAt: r.respondedAt?.toISO() ?? null,
      completedAt: r.completedAt?.toISO() ?? null,
      createdAt: r.createdAt.toISO(),
      updatedAt: r.updatedAt.toISO(),
    }
  }
}
