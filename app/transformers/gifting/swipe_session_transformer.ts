import { BaseTransformer } from '@adonisjs/core/transformers'
import type SwipeSession from '#models/swipe_session'

export default class SwipeSessionTransformer extends BaseTransformer<SwipeSession> {
  toObject() {
    const s = this.resource
    return {
      id: s.id,
      recipient: s.hasRecipient
        ? {
            ageMin: s.recipientAgeMin,
            ageMax: s.recipientAgeMax,
            interests: s.interests,
            budgetMin: s.budgetMin,
            budgetMax: s.budgetMax,
          }
        : null,
      createdAt: s.createdAt.toISO(),
      updatedAt: s.updatedAt.toISO(),
    }
  }
}
