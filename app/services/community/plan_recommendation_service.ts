import db from '@adonisjs/lucid/services/db'
import SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { followeesOf } from '#services/community/people'
import { listedPlans } from '#services/community/visibility'
import type { QueryScope } from '#platform/db/query'

/** Candidates taken from each source before ranking. */
const PER_SOURCE = 100

export type RecommendationReason = 'from_people_you_follow' | 'in_categories_you_like' | 'popular'

export interface PlanRecommendation {
  plan: SkillPlan
  score: number
  reasons: RecommendationReason[]
}

const likedBy =
  (userId: number): QueryScope =>
  (q) =>
    q.from('plan_likes').select('plan_id').where('user_id', userId)

/**
 * Plans for one member: listed plans of people they follow, plans in the
 * categories of plans they liked, and the most engaged plans, never their own
 * or ones they already liked. Ranked by
 *
 *   score = 3 × [owner followed] + 2 × [category liked] + log2(1 + likes + downloads)
 *
 * then newest first. Computed per request (it changes with every follow and
 * like); its route is closed when ENABLE_RECOMMENDATIONS=false (403).
 */
export default class PlanRecommendationService {
  async recommend(user: User, limit = 20): Promise<PlanRecommendation[]> {
    const followees = await db.from('follows').where('follower_id', user.id).select('followee_id')
    const categories = await db
      .from('plan_likes')
      .join('skill_plans', 'skill_plans.id', 'plan_likes.plan_id')
      .where('plan_likes.user_id', user.id)
      .distinct('skill_plans.category')
    const followed = new Set(followees.map((row) => Number(row.followee_id)))
    const liked = new Set(categories.map((row) => String(row.category)))

    const candidates = () =>
      listedPlans()
        .whereNot('skill_plans.owner_id', user.id)
        .whereNotIn('skill_plans.id', likedBy(user.id))
        .select('skill_plans.id')
        .limit(PER_SOURCE)
        .pojo<{ id: number }>()
    const fromFollows = followed.size
      ? await candidates()
          .whereIn('skill_plans.owner_id', followeesOf(user.id))
          .orderBy('skill_plans.created_at', 'desc')
      : []
    const inCategories = liked.size
      ? await candidates()
          .whereIn('skill_plans.category', [...liked])
          .orderBy('skill_plans.likes_count', 'desc')
      : []
    const popular = await candidates()
      .orderByRaw('skill_plans.likes_count + skill_plans.downloads_count desc')
      .orderBy('skill_plans.id', 'desc')
    const popularIds = new Set(popular.map((row) => Number(row.id)))
    const ids = [
      ...new Set([...fromFollows, ...inCategories, ...popular].map((row) => Number(row.id))),
    ]
    if (!ids.length) return []

    const plans = await SkillPlan.query().whereIn('id', ids).preload('owner')
    return plans
      .map((plan) => {
        const reasons: RecommendationReason[] = []
        if (followed.has(plan.ownerId)) reasons.push('from_people_you_follow')
        if (liked.has(plan.category)) reasons.push('in_categories_you_like')
        if (popularIds.has(plan.id) && plan.likesCount + plan.downloadsCount > 0)
          reasons.push('popular')
        const score =
          3 * Number(followed.has(plan.ownerId)) +
          2 * Number(liked.has(plan.category)) +
          Math.log2(1 + plan.likesCount + plan.downloadsCount)
        return { plan, score: Math.round(score * 100) / 100, reasons }
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.plan.createdAt.toMillis() - a.plan.createdAt.toMillis() ||
          b.plan.id - a.plan.id
      )
      .slice(0, limit)
  }
}
