import SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { isBlockedBy } from '#services/community/people'
import type { QueryScope } from '#platform/db/query'

/**
 * The one definition of what the public may see. Every public read (search,
 * feeds, profiles, discovery) starts from these scopes, so unlisted, hidden
 * (moderation) plans and blocked users' content never leak.
 */
export const visibleOwners: QueryScope = (q) =>
  q.from('users').select('id').whereNull('blocked_at').where('status', 'active')

/** Listed plans: public, not hidden, owner active and not blocked. */
export function listedPlans() {
  return SkillPlan.query()
    .where('skill_plans.visibility', 'public')
    .whereNull('skill_plans.hidden_at')
    .whereIn('skill_plans.owner_id', visibleOwners)
}

/** Whether one plan may be opened by `viewer` (unlisted plans open by link; owners and admins always). */
export function canOpenPlan(plan: SkillPlan, owner: User, viewer?: User | null) {
  if (viewer && (viewer.isAdmin || viewer.id === plan.ownerId)) return true
  if (plan.hiddenAt || owner.blockedAt || owner.status !== 'active') return false
  return true
}

/** `canOpenPlan` for a signed-in member, who never reaches the plans of a member who blocked them (404, as for any plan they cannot open). */
export async function canReachPlan(plan: SkillPlan, owner: User, viewer: User) {
  return canOpenPlan(plan, owner, viewer) && !(await isBlockedBy(viewer, plan.ownerId))
}
