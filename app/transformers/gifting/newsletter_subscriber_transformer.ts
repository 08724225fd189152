import { BaseTransformer } from '@adonisjs/core/transformers'
import type NewsletterSubscriber from '#models/newsletter_subscriber'
import { SUBSCRIBER_STATUSES } from '#models/newsletter_subscriber'
import {
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso, isoOrNull } from '#transformers/support'

const subscription = {
  email: string({ format: 'email' }),
  status: oneOf(SUBSCRIBER_STATUSES),
}

export const newsletterSubscriptionSchema = object(subscription)

export const newsletterSubscriberSchema = object({
  id: integer(),
  ...subscription,
  confirmationSentAt: nullable(dateTime()),
  confirmedAt: nullable(dateTime()),
  unsubscribedAt: nullable(dateTime()),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

/** Admins see the whole record; the person following a link only the address and its state. */
export default class NewsletterSubscriberTransformer extends BaseTransformer<NewsletterSubscriber> {
  toObject(): Infer<typeof newsletterSubscriberSchema> {
    const s = this.resource
    return {
      id: s.id,
      email: s.email,
      status: s.status,
      confirmationSentAt: isoOrNull(s.confirmationSentAt),
      confirmedAt: isoOrNull(s.confirmedAt),
      unsubscribedAt: isoOrNull(s.unsubscribedAt),
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
    }
  }

  forLink(): Infer<typeof newsletterSubscriptionSchema> {
    return { email: this.resource.email, status: this.resource.status }
  }
}
