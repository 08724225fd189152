import type User from '#models/user'
import { inject } from '@adonisjs/core'
import type { Infer } from '@vinejs/vine/types'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type SkillPlan from '#models/skill_plan'
import { apiSerializer } from '#platform/http/api_serializer'
import { keepListed, LISTINGS_TAG } from '#services/community/listings'
import { listedPlans } from '#services/community/visibility'
import { isPostgres, likeContains, whereText } from '#platform/db/search'
import CacheService, { queryKey } from '#platform/cache/cache_service'
import PlanCategoryTransformer from '#transformers/community/plan_category_transformer'
import PlanTransformer from '#transformers/community/plan_transformer'
import type { planSearchValidator } from '#validators/community/discovery'

type Filters = Infer<typeof planSearchValidator>
type PlanQuery = ModelQueryBuilderContract<typeof SkillPlan>

/** Columns the full-text search reads (tags are their JSON text). */
const TEXT_COLUMNS = ['skill_plans.title', 'skill_plans.description', 'skill_plans.tags']

/** Categories answered at most (largest first). */
export const MAX_CATEGORIES = 500

/**
 * Plan discovery over listed plans only: full-text search with filters, and
 * the categories with their counts. Pages are cached (family `search`, 5
 * minutes, tag `plans`) and filtered on read, so a plan unlisted, hidden or
 * deleted since never shows.
 */
@inject()
export default class PlanSearchService {
  constructor(private cache: CacheService) {}

  async search(filters: Filters, viewer: User | null = null) {
    const cached = await this.cache.remember(
      'search',
      searchKey(filters),
      async () => {
        const page = await this.#query(filters).paginate(filters.page ?? 1, filters.perPage ?? 20)
        return apiSerializer.serializeWithoutWrapping(
          PlanTransformer.paginate(page.all(), page.getMeta())
        )
      },
      { tags: [LISTINGS_TAG] }
    )
    return { ...(await keepListed(viewer, cached.value)), computedAt: cached.computedAt }
  }

  /** Categories of listed plans with how many each has, largest first. */
  categories() {
    return this.cache.remember(
      'search',
      'plan-categories',
      async () => {
        const rows = await listedPlans()
          .groupBy('skill_plans.category')
          .select('skill_plans.category as name')
          .count('* as plans')
          .orderBy('plans', 'desc')
          .orderBy('name', 'asc')
          .limit(MAX_CATEGORIES)
          .pojo<{ name: string; plans: number | string }>()
        const categories = rows.map((row) => ({ name: row.name, plans: Number(row.plans) }))
        return apiSerializer.serializeWithoutWrapping(PlanCategoryTransformer.transform(categories))
      },
      { tags: [LISTINGS_TAG] }
    )
  }

  #query(filters: Filters) {
    const query = listedPlans().preload('owner')
    if (filters.q) whereText(query, TEXT_COLUMNS, filters.q)
    if (filters.category) query.where('skill_plans.category', filters.category)
    if (filters.difficulty) query.where('skill_plans.difficulty', filters.difficulty)
    if (filters.minDuration !== undefined)
      query.where('skill_plans.duration_days', '>=', filters.minDuration)
    if (filters.maxDuration !== undefined)
      query.where('skill_plans.duration_days', '<=', filters.maxDuration)
    // Exact average without division, in integers (minRating has at most 2 decimals): 100 × sum >= 100 × minRating × count.
    if (filters.minRating !== undefined) {
      query
        .where('skill_plans.ratings_count', '>', 0)
        .whereRaw('skill_plans.ratings_sum * 100 >= ? * skill_plans.ratings_count', [
          Math.round(filters.minRating * 100),
        ])
    }
    sortBy(query, filters.sort ?? (filters.q ? 'relevance' : 'newest'), filters.q)
    return query.orderBy('skill_plans.id', 'desc')
  }
}

/**
 * relevance: PostgreSQL text-search rank (SQLite: title matches first), then
 * likes; newest; rating: average, unrated last; popular: likes, then downloads.
 */
function sortBy(query: PlanQuery, sort: NonNullable<Filters['sort']>, q?: string) {
  switch (sort) {
    case 'relevance':
      if (q && isPostgres()) {
        const document = TEXT_COLUMNS.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `)
        query.orderByRaw(
          `ts_rank(to_tsvector('english', ${document}), plainto_tsquery('english', ?)) desc`,
          [q]
        )
      } else if (q) {
        query.orderByRaw(
          `case when lower(skill_plans.title) like ? escape '\\' then 0 else 1 end`,
          [likeContains(q)]
        )
      }
      query.orderBy('skill_plans.likes_count', 'desc')
      break
    case 'rating':
      query
        .orderByRaw('case when skill_plans.ratings_count = 0 then 1 else 0 end')
        .orderByRaw(
          'skill_plans.ratings_sum * 1.0 / case when skill_plans.ratings_count = 0 then 1 else skill_plans.ratings_count end desc'
        )
        .orderBy('skill_plans.ratings_count', 'desc')
      break
    case 'popular':
      query
        .orderBy('skill_plans.likes_count', 'desc')
        .orderBy('skill_plans.downloads_count', 'desc')
      break
    default:
      query.orderBy('skill_plans.created_at', 'desc')
  }
}

/** The filters as the query applies them (defaults filled in), so equivalent requests share one entry. */
function searchKey(filters: Filters) {
  return queryKey('plans', {
    q: filters.q?.toLowerCase(),
    category: filters.category,
    difficulty: filters.difficulty,
    minDuration: filters.minDuration,
    maxDuration: filters.maxDuration,
    minRating: filters.minRating,
    sort: filters.sort ?? (filters.q ? 'relevance' : 'newest'),
    page: filters.page ?? 1,
    perPage: filters.perPage ?? 20,
  })
}
