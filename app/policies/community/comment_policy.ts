import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type Comment from '#models/comment'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import { mayAct, notFound } from '#policies/account_state'
import { MEMBERS } from '#policies/community/plan_policy'
import { canReachPlan } from '#services/community/visibility'

/**
 * A comment exists for a user when its plan opens for them and it is not
 * deleted; hidden ones (moderation) and those of blocked authors exist for
 * admins only. Authors edit and delete their own; admins may delete any.
 * The comment's `author` and the plan's `owner` must be preloaded.
 */
export default class CommentPolicy extends BasePolicy {
  async update(user: User, comment: Comment, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (!(await this.#exists(user, comment, plan))) return notFound('Comment')
    if (comment.userId !== user.id)
      return AuthorizationResponse.deny('You can only edit your own comments', 403)
    return mayAct(user, MEMBERS)
  }

  async delete(user: User, comment: Comment, plan: SkillPlan): Promise<AuthorizerResponse> {
    if (!(await this.#exists(user, comment, plan))) return notFound('Comment')
    if (user.isAdmin) return true
    if (comment.userId !== user.id)
      return AuthorizationResponse.deny('You can only delete your own comments', 403)
    return mayAct(user, MEMBERS)
  }

  async #exists(user: User, comment: Comment, plan: SkillPlan) {
    if (comment.deletedAt || !(await canReachPlan(plan, plan.owner, user))) return false
    return user.isAdmin || (!comment.hiddenAt && comment.author.canAct)
  }
}
