import NewsletterSubscriber, { type SubscriberStatus } from '#models/newsletter_subscriber'
import { toCsv } from '#platform/http/csv'

const HEADER = ['id', 'email', 'status', 'created_at', 'confirmed_at', 'unsubscribed_at']

/** CSV of newsletter subscribers (optionally of one status), oldest first. */
export default class NewsletterExport {
  async csv(status?: SubscriberStatus) {
    const query = NewsletterSubscriber.query().orderBy('id', 'asc')
    if (status) query.where('status', status)
    const subscribers = await query
    const rows = subscribers.map((s) => [
      s.id,
      s.email,
      s.status,
      s.createdAt?.toUTC().toISO(),
      s.confirmedAt?.toUTC().toISO(),
      s.unsubscribedAt?.toUTC().toISO(),
    ])
    return toCsv(HEADER, rows)
  }
}
