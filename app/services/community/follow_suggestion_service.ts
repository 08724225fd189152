import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { followeesOf, namedTo, visibleMembers } from '#services/community/people'
import { listedPlans } from '#services/community/visibility'

/** Candidates taken from each source before ranking. */
const PER_SOURCE = 200
const POPULAR = 50
/** Listed plans in your categories that count towards the score, at most. */
const CATEGORY_CAP = 5

export type SuggestionReason =
  'followed_by_people_you_follow' | 'creates_in_your_categories' | 'popular'

export interface FollowSuggestion {
  user: User
  score: number
  reasons: SuggestionReason[]
  /** People you follow who follow them. */
  mutualFollows: number
  /** Their listed plans in categories of plans you liked. */
  plansInYourCategories: number
  followersCount: number
}

/**
 * Whom to follow next. Candidates come from three sources: friends of friends
 * (followed by people you follow), creators of listed plans in the categories
 * of plans you liked, and the most followed members. Never yourself, someone
 * you follow, or anyone you may not see named (people.ts: blocked accounts,
 * admins, private profiles, followers-only profiles of people you do not follow). Ranked by
 *
 *   score = 3 × mutualFollows + 2 × min(plansInYourCategories, 5) + log2(1 + followersCount)
 *
 * then by followers and id, so one strong social signal outweighs raw popularity.
 */
export default class FollowSuggestionService {
  async suggest(user: User, limit = 10): Promise<FollowSuggestion[]> {
    const mutual = await this.#friendsOfFriends(user)
    const category = await this.#categoryCreators(user)
    const popular = await this.#popular(user)
    const ids = [...new Set([...mutual.keys(), ...category.keys(), ...popular])]
    if (!ids.length) return []
    const followers = await this.#followerCounts(ids)
    const users = await User.query()
      .whereIn('id', ids)
      .whereIn('id', namedTo(user))
      .whereNot('id', user.id)
      .whereNotIn('id', followeesOf(user.id))
    return users
      .map((candidate) => {
        const mutualFollows = mutual.get(candidate.id) ?? 0
        const plansInYourCategories = category.get(candidate.id) ?? 0
        const followersCount = followers.get(candidate.id) ?? 0
        const reasons: SuggestionReason[] = []
        if (mutualFollows) reasons.push('followed_by_people_you_follow')
        if (plansInYourCategories) reasons.push('creates_in_your_categories')
        if (popular.includes(candidate.id)) reasons.push('popular')
        const score =
          3 * mutualFollows +
          2 * Math.min(plansInYourCategories, CATEGORY_CAP) +
          Math.log2(1 + followersCount)
        return {
          user: candidate,
          score: Math.round(score * 100) / 100,
          reasons,
          mutualFollows,
          plansInYourCategories,
          followersCount,
        }
      })
      .sort(
        (a, b) => b.score - a.score || b.followersCount - a.followersCount || a.user.id - b.user.id
      )
      .slice(0, limit)
  }

  /** Members followed by people `user` follows, with how many of them follow each. */
  async #friendsOfFriends(user: User) {
    const rows = await db
      .from('follows')
      .whereIn('follower_id', followeesOf(user.id))
      .whereIn('follower_id', visibleMembers)
      .whereNot('followee_id', user.id)
      .whereNotIn('followee_id', followeesOf(user.id))
      .whereIn('followee_id', namedTo(user))
      .groupBy('followee_id')
      .select('followee_id as id')
      .count('* as total')
      .orderBy('total', 'desc')
      .orderBy('followee_id', 'asc')
      .limit(PER_SOURCE)
    return new Map(rows.map((row) => [Number(row.id), Number(row.total)]))
  }

  /** Owners of listed plans in the categories of plans `user` liked, with how many such plans each has. */
  async #categoryCreators(user: User) {
    const likedCategories = db
      .from('plan_likes')
      .join('skill_plans', 'skill_plans.id', 'plan_likes.plan_id')
      .where('plan_likes.user_id', user.id)
      .select('skill_plans.category')
    const rows = await listedPlans()
      .whereIn('skill_plans.category', likedCategories)
      .whereNot('skill_plans.owner_id', user.id)
      .whereNotIn('skill_plans.owner_id', followeesOf(user.id))
      .groupBy('skill_plans.owner_id')
      .select('skill_plans.owner_id as id')
      .count('* as total')
      .orderBy('total', 'desc')
      .orderBy('skill_plans.owner_id', 'asc')
      .limit(PER_SOURCE)
      .pojo<{ id: number; total: number | string }>()
    return new Map(rows.map((row) => [Number(row.id), Number(row.total)]))
  }

  /** The most followed members `user` may see named and does not follow yet. */
  async #popular(user: User) {
    const rows = await db
      .from('follows')
      .whereIn('followee_id', namedTo(user))
      .whereIn('follower_id', visibleMembers)
      .whereNot('followee_id', user.id)
      .whereNotIn('followee_id', followeesOf(user.id))
      .groupBy('followee_id')
      .select('followee_id as id')
      .count('* as total')
      .orderBy('total', 'desc')
      .orderBy('followee_id', 'asc')
      .limit(POPULAR)
    return rows.map((row) => Number(row.id))
  }

  async #followerCounts(ids: number[]) {
    const rows = await db
      .from('follows')
      .whereIn('followee_id', ids)
      .whereIn('follower_id', visibleMembers)
      .groupBy('followee_id')
      .select('followee_id as id')
      .count('* as total')
    return new Map(rows.map((row) => [Number(row.id), Number(row.total)]))
  }
}
