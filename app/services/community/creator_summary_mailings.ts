import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import User from '#models/user'
import { mailUser } from '#mails/registry'
import { ScheduledMailService } from '#platform/mail/mail_service'
import { sqlTime } from '#platform/db/time'
import type { QueryScope } from '#platform/db/query'
import { countOf } from '#platform/db/query'

export const SUMMARY_FIGURES = [
  'views',
  'likes',
  'downloads',
  'ratings',
  'comments',
  'newFollowers',
] as const
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number]

const LABELS: Record<SummaryFigure, string> = {
  views: 'Plan views',
  likes: 'Likes',
  downloads: 'Downloads',
  ratings: 'Ratings',
  comments: 'Comments',
  newFollowers: 'New followers',
}

/** One line of the e-mail: this week, the week before and the change, signed. */
export interface SummaryRow {
  label: string
  thisWeek: number
  lastWeek: number
  change: string
}

const ownPlans =
  (creatorId: number): QueryScope =>
  (q) =>
    q.from('skill_plans').select('id').where('owner_id', creatorId)

/**
 * The weekly creator summary: each member who owns a skill plan and did not
 * opt out (`privacy.weeklySummary`) gets, once per week, their plans' views,
 * likes, downloads, ratings and comments by others and their new followers,
 * against the week before. Weeks start on Monday, UTC.
 */
@inject()
export default class CreatorSummaryMailings {
  constructor(private mail: ScheduledMailService) {}

  /** Sends the summary of the week starting `weekStart` (a Monday, UTC) to every creator not sent it yet. */
  async sendWeekly(weekStart: DateTime) {
    const start = weekStart.toUTC().startOf('week')
    const creators = await User.query()
      .where('status', 'active')
      .whereNull('blocked_at')
      .whereNull('deleted_at')
      .whereNot('role', 'admin')
      .whereIn('id', (q) => q.from('skill_plans').select('owner_id'))
      .orderBy('id')
    const recipients = creators.filter((creator) => creator.privacySettings.weeklySummary)
    let queued = 0
    for (const creator of recipients) {
      const rows = await this.summary(creator.id, start)
      const id = await this.mail.sendOnce(
        'creator_weekly_summary',
        { userId: creator.id, period: start.toISODate()! },
        {
          user: mailUser(creator),
          week: `${start.toFormat('d LLL yyyy')} – ${start.plus({ days: 6 }).toFormat('d LLL yyyy')}`,
          rows: rows.map((row) => ({ ...row })),
        }
      )
      if (id) queued++
    }
    return {
      week: start.toISODate(),
      creators: creators.length,
      optedOut: creators.length - recipients.length,
      queued,
    }
  }

  /** The figures of the week starting `start` against the week before. */
  async summary(creatorId: number, start: DateTime): Promise<SummaryRow[]> {
    const thisWeek = await this.#figures(creatorId, start, start.plus({ weeks: 1 }))
    const lastWeek = await this.#figures(creatorId, start.minus({ weeks: 1 }), start)
    return SUMMARY_FIGURES.map((figure) => {
      const delta = thisWeek[figure] - lastWeek[figure]
      return {
        label: LABELS[figure],
        thisWeek: thisWeek[figure],
        lastWeek: lastWeek[figure],
        change: delta > 0 ? `+${delta}` : String(delta),
      }
    })
  }

  async #figures(
    creatorId: number,
    from: DateTime,
    to: DateTime
  ): Promise<Record<SummaryFigure, number>> {
    const inRange =
      (column: string): QueryScope =>
      (q) =>
        q.where(column, '>=', sqlTime(from)).where(column, '<', sqlTime(to))
    const count = countOf
    const byOthers = (table: string) =>
      inRange(`${table}.created_at`)(
        db.from(table).whereIn('plan_id', ownPlans(creatorId)).whereNot('user_id', creatorId)
      )
    return {
      views: await count(
        inRange('created_at')(
          db
            .from('analytics_events')
            .where({ type: 'plan.view', subject_type: 'plan' })
            .whereIn('subject_id', ownPlans(creatorId))
        )
      ),
      likes: await count(byOthers('plan_likes')),
      downloads: await count(byOthers('plan_downloads')),
      ratings: await count(byOthers('plan_ratings')),
      comments: await count(byOthers('comments').whereNull('deleted_at')),
      newFollowers: await count(
        inRange('created_at')(db.from('follows').where('followee_id', creatorId))
      ),
    }
  }
}
