import type User from '#models/user'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { StrictValues } from '@adonisjs/lucid/types/querybuilder'
import { apiSerializer } from '#platform/http/api_serializer'
import { LISTINGS_TAG } from '#services/community/listings'
import { namedIds, namedTo, visibleMembers, withoutBlockers } from '#services/community/people'
import { listedPlans } from '#services/community/visibility'
import CacheService from '#platform/cache/cache_service'
import LeaderboardEntryTransformer, {
  type LeaderboardRow,
} from '#transformers/community/leaderboard_entry_transformer'

export const LEADERBOARD_TAG = 'leaderboard'

/** The documented ranking (also in the OpenAPI description). */
export const LEADERBOARD_WEIGHTS = { likes: 3, downloads: 2, followers: 5, plans: 10 } as const

/** Bindings of a compiled subquery, for the join that embeds its SQL. */
const bindingsOf = (compiled: { bindings: readonly unknown[] }) =>
  [...compiled.bindings] as StrictValues[]

const SCORE = [
  `coalesce(plan_totals.likes, 0) * ${LEADERBOARD_WEIGHTS.likes}`,
  `coalesce(plan_totals.downloads, 0) * ${LEADERBOARD_WEIGHTS.downloads}`,
  `coalesce(follower_totals.followers, 0) * ${LEADERBOARD_WEIGHTS.followers}`,
  `coalesce(plan_totals.plans, 0) * ${LEADERBOARD_WEIGHTS.plans}`,
].join(' + ')

/**
 * Members ranked by score = likes received × 3 + downloads × 2 + followers × 5
 * + plans × 10, counting listed plans and visible followers only. A shared
 * listing: members with a zero score and anyone not named to everyone
 * (people.ts: blocked, private or followers-only) are left out. Pages are
 * cached (family `trending`, 15 minutes); a member blocked or hidden since is
 * dropped from a cached page when it is read.
 */
@inject()
export default class LeaderboardService {
  constructor(private cache: CacheService) {}

  async page(page = 1, perPage = 20, viewer: User | null = null) {
    const cached = await this.cache.remember(
      'trending',
      `leaderboard:${page}:${perPage}`,
      async () => {
        const rows = await this.#query().paginate(page, perPage)
        const ranked: LeaderboardRow[] = rows
          .all()
          .map((row, index) => ({ ...row, rank: (page - 1) * perPage + index + 1 }))
        return apiSerializer.serializeWithoutWrapping(
          LeaderboardEntryTransformer.paginate(ranked, rows.getMeta())
        )
      },
      { tags: [LISTINGS_TAG, LEADERBOARD_TAG] }
    )
    const visible = await namedIds(
      null,
      cached.value.data.map((entry) => entry.user.id)
    )
    return {
      data: await withoutBlockers(
        viewer,
        cached.value.data.filter((entry) => visible.has(entry.user.id)),
        (entry) => [entry.user.id]
      ),
      metadata: cached.value.metadata,
      computedAt: cached.computedAt,
    }
  }

  #query() {
    const planTotals = listedPlans()
      .groupBy('skill_plans.owner_id')
      .select('skill_plans.owner_id')
      .count('* as plans')
      .sum('skill_plans.likes_count as likes')
      .sum('skill_plans.downloads_count as downloads')
      .toSQL()
    const followerTotals = db
      .from('follows')
      .whereIn('follower_id', visibleMembers)
      .groupBy('followee_id')
      .select('followee_id')
      .count('* as followers')
      .toSQL()
    return db
      .from('users')
      .joinRaw(
        `left join (${planTotals.sql}) as plan_totals on plan_totals.owner_id = users.id`,
        bindingsOf(planTotals)
      )
      .joinRaw(
        `left join (${followerTotals.sql}) as follower_totals on follower_totals.followee_id = users.id`,
        bindingsOf(followerTotals)
      )
      .whereIn('users.id', namedTo(null))
      .whereRaw(`(${SCORE}) > 0`)
      .select(
        'users.id',
        'users.full_name',
        'users.role',
        db.raw('coalesce(plan_totals.plans, 0) as plans'),
        db.raw('coalesce(plan_totals.likes, 0) as likes'),
        db.raw('coalesce(plan_totals.downloads, 0) as downloads'),
        db.raw('coalesce(follower_totals.followers, 0) as followers'),
        db.raw(`${SCORE} as score`)
      )
      .orderByRaw(`${SCORE} desc`)
      .orderBy('users.id', 'asc')
  }
}
