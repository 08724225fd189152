import { BaseTransformer } from '@adonisjs/core/transformers'
import type NewsletterSubscriber from '#models/newsletter_subscriber'

/** Admins see the whole record; the person following a link only the address and its state. */
export default class NewsletterSubscriberTransformer extends BaseTransformer<NewsletterSubscriber> {
  toObject() {
    const s = this.resource
    return {
      id: s.id,
      email: s.email,
      status: s.status,
      confirmationSentAt: s.confirmationSentAt?.toISO() ?? null,
      confirmedAt: s.confirmedAt?.toISO() ?? null,
      unsubscribedAt: s.unsubscribedAt?.toISO() ?? null,
      createdAt: s.createdAt.toISO(),
      updatedAt: s.updatedAt.toISO(),
    }
  }

  forLink() {
    return { email: this.resource.email, status: this.resource.status }
  }
}
