import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { sqlTime } from '#platform/db/time'
import { ENGAGEMENT_WINDOWS } from '#validators/analytics/analytics'
import { isoTime } from '#transformers/community/row_time'

export type EngagementWindow = (typeof ENGAGEMENT_WINDOWS)[number]

const FIGURES = [
  'plan_views',
  'unique_viewers',
  'likes',
  'downloads',
  'ratings',
  'comments',
  'new_followers',
  'actions',
] as const
type Figure = (typeof FIGURES)[number]

/** One source of figures: `select <user id>, <its figures> …` with one `?` (the window start) per `since`. */
const source = (
  user: string,
  figures: Partial<Record<Figure, string>>,
  from: string,
  since = 1
) => ({
  sql: `select ${user} as user_id, ${FIGURES.map((f) => `${figures[f] ?? '0'} as ${f}`).join(', ')} ${from} group by ${user}`,
  since,
})

/**
 * What a member received on their plans (views and distinct viewers, likes,
 * downloads, ratings, comments by others) and new followers, and what they
 * did themselves (`actions`: likes, downloads, ratings, comments, follows),
 * over a window. Deleted and hidden comments do not count.
 */
const SOURCES = [
  source(
    'p.owner_id',
    { plan_views: 'count(*)', unique_viewers: 'count(distinct e.user_id)' },
    "from analytics_events e join skill_plans p on p.id = e.subject_id where e.subject_type = 'plan' and e.type = 'plan.view' and e.created_at > ?"
  ),
  source(
    'p.owner_id',
    { likes: 'count(*)' },
    'from plan_likes x join skill_plans p on p.id = x.plan_id where x.created_at > ?'
  ),
  source(
    'p.owner_id',
    { downloads: 'count(*)' },
    'from plan_downloads x join skill_plans p on p.id = x.plan_id where x.created_at > ?'
  ),
  source(
    'p.owner_id',
    { ratings: 'count(*)' },
    'from plan_ratings x join skill_plans p on p.id = x.plan_id where x.created_at > ?'
  ),
  source(
    'p.owner_id',
    { comments: 'count(*)' },
    'from comments x join skill_plans p on p.id = x.plan_id where x.created_at > ? and x.deleted_at is null and x.hidden_at is null and x.user_id <> p.owner_id'
  ),
  source('followee_id', { new_followers: 'count(*)' }, 'from follows where created_at > ?'),
  source(
    'x.user_id',
    { actions: 'count(*)' },
    'from (select user_id from plan_likes where created_at > ? union all select user_id from plan_downloads where created_at > ? ' +
      'union all select user_id from plan_ratings where created_at > ? union all select user_id from comments where created_at > ? and deleted_at is null ' +
      'union all select follower_id as user_id from follows where created_at > ?) x',
    5
  ),
]

export interface Engagement {
  window: EngagementWindow
  planViews: number
  uniqueViewers: number
  likes: number
  downloads: number
  ratings: number
  comments: number
  newFollowers: number
  actions: number
  /** Per plan view; null without views. */
  rates: { engagement: number | null; likes: number | null; downloads: number | null }
  computedAt: string | null
}

const rate = (count: number, views: number) =>
  views ? Math.round((count / views) * 10_000) / 10_000 : null

/**
 * Engagement metrics per member, recomputed for every member by the
 * `engagement-metrics` batch task (every 5 minutes) into user_engagement, so a
 * read is one row. Members without engagement in a window have no row and
 * read as zeros.
 */
export default class EngagementService {
  async recompute(now = DateTime.utc()) {
    const union = SOURCES.map((s) => s.sql).join(' union all ')
    const sums = FIGURES.map((f) => `sum(${f})`).join(', ')
    const rows: Record<string, number> = {}
    await db.transaction(async (trx) => {
      for (const window of ENGAGEMENT_WINDOWS) {
        const since = sqlTime(now.minus({ days: window }))
        await trx.from('user_engagement').where('window_days', window).delete()
        await trx.rawQuery(
          `insert into user_engagement (user_id, window_days, ${FIGURES.join(', ')}, computed_at) ` +
            `select user_id, ?, ${sums}, ? from (${union}) s where user_id in (select id from users) group by user_id`,
          [window, sqlTime(now), ...SOURCES.flatMap((s) => Array(s.since).fill(since))]
        )
        const [{ total }] = await trx
          .from('user_engagement')
          .where('window_days', window)
          .count('* as total')
        rows[`members${window}d`] = Number(total)
      }
    })
    return { ...rows, at: now.toISO()! }
  }

  async forUser(userId: number, window: EngagementWindow): Promise<Engagement> {
    const row = await db
      .from('user_engagement')
      .where({ user_id: userId, window_days: window })
      .first()
    const latest = row
      ? null
      : await db
          .from('user_engagement')
          .where('window_days', window)
          .max('computed_at as at')
          .first()
    const value = (f: Figure) => Number(row?.[f] ?? 0)
    const views = value('plan_views')
    const at = row?.computed_at ?? latest?.at
    return {
      window,
      planViews: views,
      uniqueViewers: value('unique_viewers'),
      likes: value('likes'),
      downloads: value('downloads'),
      ratings: value('ratings'),
      comments: value('comments'),
      newFollowers: value('new_followers'),
      actions: value('actions'),
      rates: {
        engagement: rate(
          value('likes') + value('downloads') + value('ratings') + value('comments'),
          views
        ),
        likes: rate(value('likes'), views),
        downloads: rate(value('downloads'), views),
      },
      computedAt: at ? isoTime(at) : null,
    }
  }
}
