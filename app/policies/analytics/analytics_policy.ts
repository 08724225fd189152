import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { mayAct, notFound, roleRefused } from '#policies/account_state'
import { canReachPlan } from '#services/community/visibility'

const EVERY_ROLE: User['role'][] = ['admin', 'sponsor', 'influencer', 'shopper']

/**
 * Any active account tracks what it viewed and reads its own engagement; a
 * plan's analytics are its owner's (and admins'): others get 403 on a plan
 * they can open, 404 on one they cannot. The plan's `owner` must be preloaded.
 * Members' behaviour across the platform is for admins only.
 */
export default class AnalyticsPolicy extends BasePolicy {
  track(user: User): AuthorizerResponse {
    return mayAct(user, EVERY_ROLE)
  }

  viewOwnEngagement(user: User): AuthorizerResponse {
    return mayAct(user, EVERY_ROLE)
  }

  viewBehaviour(user: User): AuthorizerResponse {
    return user.isAdmin || roleRefused(['admin'])
  }

  async viewPlan(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (user.isAdmin || plan.ownerId === user.id) return true
    return (await canReachPlan(plan, plan.owner, user))
      ? AuthorizationResponse.deny("Only the plan's owner sees its analytics", 403)
      : notFound('Plan')
  }
}
