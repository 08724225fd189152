import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import User from '#models/user'
import { mailUser } from '#mails/registry'
import { ScheduledMailService } from '#platform/mail/mail_service'
import MarketplaceReports from '#services/marketplace/marketplace_reports'

/**
 * The scheduled marketplace e-mails: one reminder per influencer and day, one
 * report per brand and month, however often a batch runs.
 */
@inject()
export default class MarketplaceMailings {
  constructor(
    private reports: MarketplaceReports,
    private mail: ScheduledMailService
  ) {}

  async sendReminders(day: DateTime) {
    const waiting = await this.reports.pendingForInfluencers()
    let queued = 0
    for (const { influencer, pending } of waiting) {
      const id = await this.mail.sendOnce(
        'ad_request_reminder',
        { userId: influencer.id, period: day.toISODate()! },
        { user: mailUser(influencer), pending: pending.map((p) => ({ ...p })) }
      )
      if (id) queued++
    }
    return {
      influencers: waiting.length,
      queued,
      adRequests: waiting.reduce((n, w) => n + w.pending.length, 0),
    }
  }

  async sendMonthlyReports(month: DateTime) {
    const sponsors = await User.query()
      .where('role', 'sponsor')
      .where('status', 'active')
      .whereNull('blocked_at')
      .whereIn('id', (q) => q.from('campaigns').select('sponsor_id'))
    let queued = 0
    for (const sponsor of sponsors) {
      const figures = await this.reports.sponsorMonth(sponsor.id, month)
      const id = await this.mail.sendOnce(
        'monthly_sponsor_report',
        { userId: sponsor.id, period: month.toFormat('yyyy-MM') },
        { user: mailUser(sponsor), ...figures }
      )
      if (id) queued++
    }
    return { month: month.toFormat('yyyy-MM'), sponsors: sponsors.length, queued }
  }
}
