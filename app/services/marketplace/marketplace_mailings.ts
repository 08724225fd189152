import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import User from '#models/user'
import { mailUser } from '#mails/registry'
import MailService from '#services/operations/mail_service'
import MarketplaceReports from '#services/marketplace/marketplace_reports'

/**
 * The scheduled marketplace e-mails. Each e-mail's job id names the person and
 * the period, so running a batch twice sends nothing twice.
 */
@inject()
export default class MarketplaceMailings {
  constructor(
    private reports: MarketplaceReports,
    private mail: MailService
  ) {}

  async sendReminders(day: DateTime) {
    const waiting = await this.reports.pendingForInfluencers()
    let queued = 0
    for (const { influencer, pending } of waiting) {
      const id = await this.mail.send(
        'ad_request_reminder',
        { user: mailUser(influencer), pending: pending.map((p) => ({ ...p })) },
        { jobId: `reminder-${influencer.id}-${day.toISODate()}` }
      )
      if (id) queued++
    }
    return { influencers: waiting.length, queued, adRequests: waiting.reduce((n, w) => n + w.pending.length, 0) }
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
      const id = await this.mail.send(
        'monthly_sponsor_report',
        { user: mailUser(sponsor), ...figures },
        { jobId: `report-${sponsor.id}-${month.toFormat('yyyy-MM')}` }
      )
      if (id) queued++
    }
    return { month: month.toFormat('yyyy-MM'), sponsors: sponsors.length, queued }
  }
}
