import type { DateTime } from 'luxon'
import NewsletterSubscriber, { type SubscriberStatus } from '#models/newsletter_subscriber'

const HEADER = ['id', 'email', 'status', 'created_at', 'confirmed_at', 'unsubscribed_at']

const time = (value: DateTime | null) => value?.toUTC().toISO() ?? ''

/** RFC 4180 quoting, with spreadsheet formulas neutralised. */
function cell(text: string) {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** CSV of newsletter subscribers (optionally of one status), oldest first. */
export default class NewsletterExport {
  async csv(status?: SubscriberStatus) {
    const query = NewsletterSubscriber.query().orderBy('id', 'asc')
    if (status) query.where('status', status)
    const lines = [HEADER.join(',')]
    for (const s of await query) {
      lines.push(
        [
          String(s.id),
          s.email,
          s.status,
          time(s.createdAt),
          time(s.confirmedAt),
          time(s.unsubscribedAt),
        ]
          .map(cell)
          .join(',')
      )
    }
    return lines.join('\r\n') + '\r\n'
  }
}
