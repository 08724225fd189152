import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { dayOf } from '#services/analytics/date_buckets'
import { sqlTime } from '#platform/db/time'
import { isoTime } from '#transformers/community/row_time'

const ROLLUP = 'analytics_daily'

export interface RollupRun {
  /** UTC days recomputed (those of the new events, and today and yesterday). */
  days: number
  /** New events rolled in. */
  events: number
  lastEventId: number
}

/**
 * Rolls analytics_events into analytics_daily (events and distinct users per
 * subject, type and UTC day), which the analytics reads use. Each run takes
 * the events after the last one rolled and recomputes every day they fall on
 * in full, in one transaction: reruns and overlapping runs give the same rows.
 * Today and yesterday are always recomputed too: an event whose id was taken
 * before a rolled one but committed after it is still counted.
 */
export default class AnalyticsRollupService {
  async run(now = DateTime.utc()): Promise<RollupRun> {
    return db.transaction(async (trx) => {
      await trx
        .table('analytics_rollups')
        .insert({ name: ROLLUP, last_event_id: 0, rolled_at: sqlTime(now) })
        .onConflict('name')
        .ignore()
      const state = await trx
        .from('analytics_rollups')
        .where('name', ROLLUP)
        .forUpdate()
        .firstOrFail()
      const since = Number(state.last_event_id)
      const top = await trx.from('analytics_events').max('id as id').first()
      const through = Math.max(since, Number(top?.id ?? 0))
      const fresh = trx.from('analytics_events').where('id', '>', since).where('id', '<=', through)
      const recent = [now.minus({ days: 1 }).toISODate()!, now.toISODate()!]
      const touched = (
        await fresh.clone().select(db.raw(`distinct ${dayOf('created_at')} as day`))
      ).map((r: any) => String(r.day))
      const days = [...new Set([...touched, ...recent])].sort()
      const [{ total }] = await fresh.clone().count('* as total')

      for (const day of days) {
        const start = DateTime.fromISO(day, { zone: 'utc' })
        await trx.from('analytics_daily').where('day', day).delete()
        await trx.rawQuery(
          'insert into analytics_daily (subject_type, subject_id, type, day, events, unique_users) ' +
            'select subject_type, subject_id, type, ?, count(*), count(distinct user_id) from analytics_events ' +
            'where created_at >= ? and created_at < ? and id <= ? group by subject_type, subject_id, type',
          [day, sqlTime(start), sqlTime(start.plus({ days: 1 })), through]
        )
      }
      await trx
        .from('analytics_rollups')
        .where('name', ROLLUP)
        .update({ last_event_id: through, rolled_at: sqlTime(now) })
      return { days: days.length, events: Number(total), lastEventId: through }
    })
  }

  /** When the events were last rolled up, and up to which event (null before the first run). */
  async state() {
    const row = await db.from('analytics_rollups').where('name', ROLLUP).first()
    return row ? { lastEventId: Number(row.last_event_id), rolledAt: isoTime(row.rolled_at) } : null
  }
}
