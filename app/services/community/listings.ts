import type User from '#models/user'
import { withoutBlockers } from '#services/community/people'
import { listedPlans } from '#services/community/visibility'

/**
 * Cache tag of every cached public listing of plans (search, categories,
 * trending, leaderboard). Moderation drops it
 * when it hides content or blocks a user (app/services/moderation/moderation_cache.ts).
 */
export const LISTINGS_TAG = 'plans'

/** Of `ids`, the plans still listed now: a cached page is filtered through this, so unlisting, hiding or a block shows at once. */
export async function stillListed(ids: number[]) {
  if (!ids.length) return new Set<number>()
  const rows = await listedPlans()
    .whereIn('skill_plans.id', ids)
    .select('skill_plans.id')
    .pojo<{ id: number }>()
  return new Set(rows.map((row) => Number(row.id)))
}

/** A cached serialized page of plans as `viewer` may read it (null: as a listing for everyone): those no longer listed, or owned by a member who blocked `viewer`, dropped. */
export async function keepListed<T extends { id: number; owner: { id: number } }, M>(
  viewer: User | null,
  page: { data: T[]; metadata: M }
) {
  const listed = await stillListed(page.data.map((item) => item.id))
  const data = await withoutBlockers(
    viewer,
    page.data.filter((item) => listed.has(item.id)),
    (item) => [item.owner.id]
  )
  return { data, metadata: page.metadata }
}
