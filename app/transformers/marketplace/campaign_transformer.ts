import { BaseTransformer } from '@adonisjs/core/transformers'
import type Campaign from '#models/campaign'
import { party } from '#transformers/marketplace/party'

export default class CampaignTransformer extends BaseTransformer<Campaign> {
  toObject() {
    const c = this.resource
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
      sponsor: party(c.$preloaded.sponsor as Campaign['sponsor'] | undefined) ?? { id: c.sponsorId },
      createdAt: c.createdAt.toISO(),
      updatedAt: c.updatedAt.toISO(),
    }
  }
}
