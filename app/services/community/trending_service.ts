import type User from '#models/user'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { apiSerializer } from '#platform/http/api_serializer'
import { keepListed, LISTINGS_TAG } from '#services/community/listings'
import { visibleMembers } from '#services/community/people'
import { listedPlans } from '#services/community/visibility'
import { isPostgres } from '#platform/db/search'
import { sqlTime } from '#platform/db/time'
import CacheService from '#platform/cache/cache_service'
import PlanTransformer from '#transformers/community/plan_transformer'

export const TRENDING_TAG = 'trending'

/** Weight of each kind of engagement in the trending score. */
export const TRENDING_WEIGHTS = { like: 1, comment: 2, rating: 2, download: 3 } as const
export const TRENDING_WINDOW_DAYS = 7
export const TRENDING_HALF_LIFE_HOURS = 24

export interface TrendingRun {
  /** Plans with a score above 0 after the run. */
  scored: number
  at: string
}

/**
 * Trending plans: a time-decayed engagement score, recomputed in bulk by the
 * scheduled `community:trending` command and stored in
 * skill_plans.trending_score:
 *
 *   score = Σ weight × 0.5^(age_hours / 24)
 *
 * over the likes (1), comments (2), ratings (2) and downloads (3) of the last
 * 7 days by visible members (comments: not deleted or hidden, not the
 * owner's). An event a day old counts half, two days a quarter.
 */
@inject()
export default class TrendingService {
  constructor(private cache: CacheService) {}

  /**
   * Recomputes every score in one transaction (plans without recent
   * engagement go back to 0), on the primary connection or the named one.
   * Both databases run the same two UPDATE … FROM statements; only the age
   * in hours is written per dialect (SQLite's power() comes with
   * better-sqlite3's math functions).
   */
  async recompute({
    now = DateTime.utc(),
    connection,
  }: { now?: DateTime; connection?: string } = {}): Promise<TrendingRun> {
    const postgres = isPostgres(connection)
    const client = db.connection(connection)
    const time = (value: DateTime) => sqlTime(value, client)
    const ageHours = postgres
      ? `extract(epoch from (cast(? as timestamptz) - e.created_at)) / 3600.0`
      : `(julianday(?) - julianday(e.created_at)) * 24.0`
    const events = engagementSql(connection)
    const window = [time(now.minus({ days: TRENDING_WINDOW_DAYS })), time(now)]
    const bindings = [...window, ...window, ...window, ...window]
    const scores = `select e.plan_id, sum(e.weight * power(0.5, (${ageHours}) / ${TRENDING_HALF_LIFE_HOURS}.0)) as score from (${events}) e group by e.plan_id`

    const scored = await client.transaction(async (trx) => {
      await trx.rawQuery(
        `update skill_plans set trending_score = 0 where trending_score <> 0 and id not in (select e.plan_id from (${events}) e)`,
        bindings
      )
      await trx.rawQuery(
        `update skill_plans set trending_score = s.score from (${scores}) s where skill_plans.id = s.plan_id`,
        [time(now), ...bindings]
      )
      const row = await trx
        .from('skill_plans')
        .where('trending_score', '>', 0)
        .count('* as total')
        .first()
      return Number(row?.total ?? 0)
    })
    await this.cache.invalidateTags([TRENDING_TAG])
    return { scored, at: now.toISO()! }
  }

  /** Listed plans by trending score, highest first (cached, family `trending`; filtered on read). */
  async page(page = 1, perPage = 20, viewer: User | null = null) {
    const cached = await this.cache.remember(
      'trending',
      `plans:${page}:${perPage}`,
      async () => {
        const plans = await listedPlans()
          .where('skill_plans.trending_score', '>', 0)
          .preload('owner')
          .orderBy('skill_plans.trending_score', 'desc')
          .orderBy('skill_plans.id', 'desc')
          .paginate(page, perPage)
        return apiSerializer.serializeWithoutWrapping(
          PlanTransformer.paginate(plans.all(), plans.getMeta())
        )
      },
      { tags: [LISTINGS_TAG, TRENDING_TAG] }
    )
    return { ...(await keepListed(viewer, cached.value)), computedAt: cached.computedAt }
  }
}

/**
 * Every engagement event in the window as (plan_id, created_at, weight); four
 * pairs of bindings (since, now), one per kind.
 */
function engagementSql(connection?: string) {
  const actors = visibleMembers(db.connection(connection).query()).toQuery()
  const recent = (column: string) => `${column} > ? and ${column} <= ?`
  return [
    `select plan_id, created_at, ${TRENDING_WEIGHTS.like} as weight from plan_likes where ${recent('created_at')} and user_id in (${actors})`,
    `select plan_id, created_at, ${TRENDING_WEIGHTS.download} as weight from plan_downloads where ${recent('created_at')} and user_id in (${actors})`,
    `select plan_id, created_at, ${TRENDING_WEIGHTS.rating} as weight from plan_ratings where ${recent('created_at')} and user_id in (${actors})`,
    `select c.plan_id, c.created_at, ${TRENDING_WEIGHTS.comment} as weight from comments c join skill_plans p on p.id = c.plan_id` +
      ` where ${recent('c.created_at')} and c.deleted_at is null and c.hidden_at is null and c.user_id <> p.owner_id and c.user_id in (${actors})`,
  ].join(' union all ')
}
