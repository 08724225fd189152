import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type CustomTask from '#models/custom_task'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { mayAct, notFound } from '#policies/account_state'
import { MEMBERS } from '#policies/community/plan_policy'
import { canReachPlan } from '#services/community/visibility'

/** Votes go to visible suggestions (not hidden, author not blocked) of plans the voter can open. */
export default class CustomTaskPolicy extends BasePolicy {
  async vote(user: User, task: CustomTask, plan: SkillPlan): Promise<AuthorizerResponse> {
    const author = task.author
    if (task.hiddenAt || !author?.canAct || !(await canReachPlan(plan, plan.owner, user)))
      return notFound('Custom task')
    return mayAct(user, MEMBERS)
  }
}
