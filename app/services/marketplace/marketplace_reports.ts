import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'
import { formatMoney } from '#services/marketplace/money'
import { sqlTime } from '#platform/db/time'

export interface PendingForInfluencer {
  influencer: User
  pending: {
    adRequestId: number
    campaignName: string
    sponsorName: string
    amount: string
    since: string
  }[]
}

export interface SponsorMonth {
  month: string
  campaigns: { created: number; active: number; completed: number }
  adRequests: { sent: number; accepted: number; rejected: number; completed: number }
  spend: string
  spendMinor: number
}

/** Figures behind the marketplace e-mails: daily reminders and monthly brand reports. */
export default class MarketplaceReports {
  /** Ad requests waiting for the influencer's answer (the last offer is not theirs). */
  async pendingForInfluencers(): Promise<PendingForInfluencer[]> {
    const rows = await db
      .from('ad_requests as r')
      .join('campaigns as c', 'c.id', 'r.campaign_id')
      .join('users as s', 's.id', 'r.sponsor_id')
      .join('users as i', 'i.id', 'r.influencer_id')
      .whereIn('r.status', ['pending', 'negotiating'])
      .whereRaw('(r.last_offer_by is null or r.last_offer_by <> r.influencer_id)')
      .whereNull('i.blocked_at')
      .select(
        'r.id',
        'r.influencer_id',
        'r.payment_amount',
        'r.created_at',
        'c.name as campaign_name',
        'c.currency',
        's.full_name as sponsor_name'
      )
      .orderBy('r.influencer_id')
      .orderBy('r.id')
    const byInfluencer = new Map<number, PendingForInfluencer['pending']>()
    for (const row of rows) {
      const list = byInfluencer.get(row.influencer_id) ?? []
      list.push({
        adRequestId: row.id,
        campaignName: row.campaign_name,
        sponsorName: row.sponsor_name,
        amount: formatMoney(Number(row.payment_amount), row.currency),
        since: toDay(row.created_at),
      })
      byInfluencer.set(row.influencer_id, list)
    }
    const influencers = await User.query().whereIn('id', [...byInfluencer.keys()])
    return influencers.map((influencer) => ({
      influencer,
      pending: byInfluencer.get(influencer.id)!,
    }))
  }

  /** A brand's campaign and ad-request figures for one calendar month (UTC). */
  async sponsorMonth(sponsorId: number, month: DateTime): Promise<SponsorMonth> {
    const from = sqlTime(month.startOf('month'))
    const to = sqlTime(month.endOf('month'))
    const campaigns = await db
      .from('campaigns')
      .where('sponsor_id', sponsorId)
      .select(
        db.raw('sum(case when created_at between ? and ? then 1 else 0 end) as created', [from, to])
      )
      .first()
    const changes = () =>
      db
        .from('campaign_status_changes as h')
        .whereIn('h.campaign_id', db.from('campaigns').where('sponsor_id', sponsorId).select('id'))
    // Active at some moment of the month: it became active before the month ended, and no later change came before the month began.
    const active = await changes()
      .where('h.status', 'active')
      .where('h.changed_at', '<=', to)
      .whereNotExists((later) =>
        later
          .from('campaign_status_changes as n')
          .whereRaw('n.campaign_id = h.campaign_id')
          .whereRaw('n.id > h.id')
          .where('n.changed_at', '<=', from)
      )
      .countDistinct('h.campaign_id as total')
      .first()
    const completed = await changes()
      .where('h.status', 'completed')
      .whereBetween('h.changed_at', [from, to])
      .countDistinct('h.campaign_id as total')
      .first()
    const requests = await db
      .from('ad_requests')
      .where('sponsor_id', sponsorId)
      .select(
        db.raw(
          `sum(case when initiated_by = 'sponsor' and created_at between ? and ? then 1 else 0 end) as sent`,
          [from, to]
        ),
        db.raw(
          `sum(case when status in ('accepted', 'completed') and responded_at between ? and ? then 1 else 0 end) as accepted`,
          [from, to]
        ),
        db.raw(
          `sum(case when status = 'rejected' and responded_at between ? and ? then 1 else 0 end) as rejected`,
          [from, to]
        ),
        db.raw(
          `sum(case when status = 'completed' and completed_at between ? and ? then 1 else 0 end) as completed`,
          [from, to]
        ),
        db.raw(
          `sum(case when status in ('accepted', 'completed') and responded_at between ? and ? then agreed_amount else 0 end) as spend`,
          [from, to]
        )
      )
      .first()
    const currency =
      (await db.from('campaigns').where('sponsor_id', sponsorId).select('currency').first())
        ?.currency ?? 'USD'
    const spendMinor = Number(requests?.spend ?? 0)
    return {
      month: month.toFormat('LLLL yyyy'),
      campaigns: {
        created: Number(campaigns?.created ?? 0),
        active: Number(active?.total ?? 0),
        completed: Number(completed?.total ?? 0),
      },
      adRequests: {
        sent: Number(requests?.sent ?? 0),
        accepted: Number(requests?.accepted ?? 0),
        rejected: Number(requests?.rejected ?? 0),
        completed: Number(requests?.completed ?? 0),
      },
      spend: formatMoney(spendMinor, currency),
      spendMinor,
    }
  }
}

function toDay(value: Date | string) {
  return (
    (value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromSQL(String(value)))
      .toUTC()
      .toISODate() ?? String(value)
  )
}
