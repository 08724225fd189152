import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { notFound } from '#policies/account_state'
import { canReachPlan } from '#services/community/visibility'

/**
 * A plan's live room admits whoever may open the plan (the plan policy's
 * `view`: hidden plans and those of blocked owners only to their owner and
 * admins, never to a member the owner blocked; 404 for everyone else). Who is
 * in the room is for the owner and admins; the others see the count. The
 * plan's `owner` must be preloaded.
 */
export default class PlanRoomPolicy extends BasePolicy {
  async join(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    return (await canReachPlan(plan, plan.owner, user)) ? true : notFound('Plan')
  }

  async watchVisitors(user: User, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (user.isAdmin || user.id === plan.ownerId) return true
    return (await canReachPlan(plan, plan.owner, user))
      ? AuthorizationResponse.deny('Only the owner of the plan sees who is in its room', 403)
      : notFound('Plan')
  }
}
