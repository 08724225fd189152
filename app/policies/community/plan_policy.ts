import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { mayAct, notFound } from '#policies/account_state'
import { canReachPlan } from '#services/community/visibility'

/** Who takes part in the community (writes): every role but admin, on an active account. */
export const MEMBERS: User['role'][] = ['influencer', 'shopper', 'sponsor']

/**
 * Plans are read by any signed-in account that may open them (unlisted ones by
 * link; hidden ones and those of blocked owners only by the owner and admins,
 * none of a member who blocked the reader: 404 for everyone else). The plan's `owner` must be preloaded.
 */
export default class PlanPolicy extends BasePolicy {
  create(user: User): AuthorizerResponse {
    return mayAct(user, MEMBERS)
  }

  async view(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    return (await canReachPlan(plan, plan.owner, user)) ? true : notFound('Plan')
  }

  async manage(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (plan.ownerId !== user.id) {
      return (await canReachPlan(plan, plan.owner, user))
        ? AuthorizationResponse.deny('Only the owner can change this plan', 403)
        : notFound('Plan')
    }
    return mayAct(user, MEMBERS)
  }

  /** Comment on, download, suggest tasks for a plan you can open. */
  async interact(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (!(await canReachPlan(plan, plan.owner, user))) return notFound('Plan')
    return mayAct(user, MEMBERS)
  }

  /** Like or rate: as `interact`, and never your own plan. */
  async react(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (!(await canReachPlan(plan, plan.owner, user))) return notFound('Plan')
    if (plan.ownerId === user.id)
      return AuthorizationResponse.deny('You cannot like or rate your own plan', 403)
    return mayAct(user, MEMBERS)
  }
}
