import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import FeedCache, { feedTag, FEEDS_TAG, PUBLIC_FEEDS_TAG } from '#services/community/feed_cache'
import { visibleActivities, type ActivityRow } from '#services/community/feed_query'
import { blockerIdsOf, followeesOf } from '#services/community/people'
import { TRENDING_TAG } from '#services/community/trending_service'
import { isPostgres } from '#platform/db/search'
import CacheService, { queryKey } from '#platform/cache/cache_service'
import { activityObject } from '#transformers/community/activity_transformer'
import type { QueryScope } from '#platform/db/query'
import { compiledQuery } from '#platform/db/compiled_query'

const DEFAULT_LIMIT = 20

/** Plans whose activities make the trending feed: the top ones by trending score. */
export const TRENDING_FEED_PLANS = 50

export interface FeedCursor {
  /** Activities with an id below this one (the previous page's `nextCursor`). */
  before?: number
  limit?: number
}

interface RowPage {
  activities: ActivityRow[]
  nextCursor: number | null
}

/** A page of feed items as answered (transformer output), and when it was computed. */
export interface FeedPage {
  data: Awaited<ReturnType<typeof serializeItems>>
  /** Pass as `before` for the next page; null on the last page. */
  nextCursor: number | null
  computedAt: string
}

type ActivityQuery = ReturnType<typeof visibleActivities>

/** ActivityTransformer's JSON, mapped directly (no transformer machinery per row). */
const serializeItems = (rows: ActivityRow[]) => rows.map(activityObject)

/** Activities of the members `viewerId` follows, as their personal feed shows them. */
const personalActivities = (viewerId: number) =>
  visibleActivities(viewerId).whereIn('activities.actor_id', followeesOf(viewerId))

/** One more row than the page holds tells whether there is a next page. */
function pageQuery(query: ActivityQuery, { before, limit = DEFAULT_LIMIT }: FeedCursor) {
  if (before !== undefined) query.where('activities.id', '<', before)
  return query.orderBy('activities.id', 'desc').limit(limit + 1)
}

/** A personal page: `limit` rows (one more than the page holds) older than `before` when given. */
const personalRows = compiledQuery(
  (_shape: 'page', values: { viewer: number; before?: number; limit: number }) =>
    pageQuery(personalActivities(values.viewer), { before: values.before, limit: values.limit - 1 })
)

/**
 * Activity feeds, newest first: a page is `id < before order by id desc
 * limit n` over the visible activities, cached 5 minutes per feed, viewer and
 * cursor (family `feeds`; the tags that drop a page on write are listed in
 * feed_cache.ts: the fan-out is an invalidation of each follower's pages).
 *
 * A miss reads at query time. The personal feed is a fan-in over the
 * followed actors (`actor_id in (select followee_id from follows where
 * follower_id = ?)`); PostgreSQL walks the primary key backwards and probes
 * the follows primary key per row, so a page costs about n / (share of the
 * recent activities written by the followed actors) probes, whatever the
 * number of follows: ~1 ms for 1,000 follows writing 8% of 100,000
 * activities (`npm run bench:feed`). The bound is a member whose followed
 * actors wrote almost nothing lately: the walk then reads the whole index
 * (~65 ms at 100,000).
 */
@inject()
export default class FeedService {
  constructor(
    private cache: CacheService,
    private feedCache: FeedCache
  ) {}

  personal(viewer: User, cursor: FeedCursor) {
    return this.#cached(`personal:${viewer.id}`, cursor, [feedTag(viewer.id)], () =>
      this.#personalPage(viewer.id, cursor)
    )
  }

  /** Drops the viewer's cached personal and discovery pages, then reads the first personal page afresh. */
  async refreshPersonal(viewer: User, { limit }: Pick<FeedCursor, 'limit'>) {
    await this.feedCache.refreshed(viewer.id)
    return this.personal(viewer, { limit })
  }

  /**
   * How the database runs one page of a member's personal feed: PostgreSQL
   * EXPLAIN (ANALYZE, BUFFERS), so the query really runs and the plan carries
   * its timings; SQLite EXPLAIN QUERY PLAN.
   */
  async explainPersonal(viewerId: number, cursor: FeedCursor = {}) {
    const { sql, bindings } = pageQuery(personalActivities(viewerId), cursor).toSQL()
    if (!isPostgres()) {
      const steps: { detail: string }[] = await db.rawQuery(`explain query plan ${sql}`, [
        ...bindings,
      ])
      return steps.map((step) => step.detail)
    }
    const result = await db.rawQuery(`explain (analyze, buffers) ${sql}`, [...bindings])
    return (result.rows as Record<string, string>[]).map((row) => row['QUERY PLAN'])
  }

  async global(viewer: User, cursor: FeedCursor) {
    const page = await this.#cached('global', cursor, [PUBLIC_FEEDS_TAG], () =>
      this.#page(visibleActivities(), cursor)
    )
    return this.#forViewer(viewer, page)
  }

  /** Activities on the plans trending now. */
  async trending(viewer: User, cursor: FeedCursor) {
    const trendingPlans: QueryScope = (q) =>
      q
        .from('skill_plans')
        .select('id')
        .where('trending_score', '>', 0)
        .where('visibility', 'public')
        .whereNull('hidden_at')
        .orderBy('trending_score', 'desc')
        .orderBy('id', 'desc')
        .limit(TRENDING_FEED_PLANS)
    const page = await this.#cached('trending', cursor, [PUBLIC_FEEDS_TAG, TRENDING_TAG], () =>
      this.#page(visibleActivities().whereIn('activities.plan_id', trendingPlans), cursor)
    )
    return this.#forViewer(viewer, page)
  }

  /**
   * Activities on plans in the viewer's categories (of plans they created,
   * liked or downloaded; every category when they have none) by people they
   * neither are nor follow.
   */
  discovery(viewer: User, cursor: FeedCursor) {
    return this.#cached(
      `discovery:${viewer.id}`,
      cursor,
      [feedTag(viewer.id), PUBLIC_FEEDS_TAG],
      async () => {
        const categories = await this.#categoriesOf(viewer)
        const query = visibleActivities()
          .whereNotNull('activities.plan_id')
          .whereNot('activities.actor_id', viewer.id)
          .whereNotIn('activities.actor_id', followeesOf(viewer.id))
        if (categories.length) query.whereIn('subject_plan.category', categories)
        return this.#page(query, cursor)
      }
    )
  }

  async #categoriesOf(viewer: User) {
    const touched =
      (table: string): QueryScope =>
      (q) =>
        q.from(table).select('plan_id').where('user_id', viewer.id)
    const rows = await db
      .from('skill_plans')
      .where((q) =>
        q
          .where('owner_id', viewer.id)
          .orWhereIn('id', touched('plan_likes'))
          .orWhereIn('id', touched('plan_downloads'))
      )
      .distinct('category')
    return rows.map((row) => String(row.category))
  }

  /**
   * A personal page through its SQL compiled once (with or without a cursor)
   * and run with this viewer's bindings: building and compiling the query with
   * knex cost about a sixth of a feed miss's server CPU.
   */
  async #personalPage(viewerId: number, cursor: FeedCursor): Promise<RowPage> {
    const limit = cursor.limit ?? DEFAULT_LIMIT
    const rows = await personalRows.rows<ActivityRow>('page', {
      viewer: viewerId,
      before: cursor.before,
      limit: limit + 1,
    })
    const activities = rows.slice(0, limit)
    return {
      activities,
      nextCursor: rows.length > limit ? Number(activities[activities.length - 1].id) : null,
    }
  }

  async #page(query: ActivityQuery, cursor: FeedCursor): Promise<RowPage> {
    const limit = cursor.limit ?? DEFAULT_LIMIT
    const rows: ActivityRow[] = await pageQuery(query, cursor)
    const activities = rows.slice(0, limit)
    return {
      activities,
      nextCursor: rows.length > limit ? Number(activities[activities.length - 1].id) : null,
    }
  }

  /**
   * A page shared by every reader (global, trending), as `viewer` may read it:
   * nothing done by, about, or on a plan of a member who blocked them.
   */
  async #forViewer(viewer: User, page: FeedPage): Promise<FeedPage> {
    const blockers = await blockerIdsOf(viewer)
    if (!blockers.size) return page
    const planIds = [...new Set(page.data.flatMap((item) => (item.plan ? [item.plan.id] : [])))]
    const blockersPlans: { id: number }[] = planIds.length
      ? await db
          .from('skill_plans')
          .whereIn('id', planIds)
          .whereIn('owner_id', [...blockers])
          .select('id')
      : []
    const hiddenPlans = new Set(blockersPlans.map((row) => Number(row.id)))
    const data = page.data.filter(
      (item) =>
        !blockers.has(item.actor.id) &&
        !(item.subject.type === 'user' && blockers.has(item.subject.id)) &&
        !(item.plan && hiddenPlans.has(item.plan.id))
    )
    return { ...page, data }
  }

  /** A feed page through the cache, tagged with `tags` (few: each hit checks every tag). */
  async #cached(
    feed: string,
    { before, limit = DEFAULT_LIMIT }: FeedCursor,
    tags: string[],
    read: () => Promise<RowPage>
  ): Promise<FeedPage> {
    const cached = await this.cache.remember(
      'feeds',
      queryKey(feed, { before, limit }),
      async () => {
        const { activities, nextCursor } = await read()
        return { data: serializeItems(activities), nextCursor }
      },
      { tags: [...tags, FEEDS_TAG] }
    )
    return { ...cached.value, computedAt: cached.computedAt }
  }
}
