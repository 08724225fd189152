import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CommentPolicy from '#policies/community/comment_policy'
import PlanPolicy from '#policies/community/plan_policy'
import CommentService from '#services/community/comment_service'
import PlanService from '#services/community/plan_service'
import CommentTransformer from '#transformers/community/comment_transformer'
import { paginationQueryValidator } from '#validators/common'
import { createCommentValidator, updateCommentValidator } from '#validators/community/comment'
import { routeId } from '#platform/http/ids'

@inject()
export default class CommentsController {
  constructor(
    private plans: PlanService,
    private comments: CommentService
  ) {}

  /** Top-level comments paginated (meta counts threads), each with its nested replies. */
  async index(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize('view', plan)
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const thread = await this.comments.thread(plan, page, perPage)
    return ctx.serialize(CommentTransformer.paginate(thread.nodes, thread.meta))
  }

  async store(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize('interact', plan)
    const { body, parentId } = await ctx.request.validateUsing(createCommentValidator)
    const node = await this.comments.create(ctx.auth.getUserOrFail(), plan, body, parentId)
    ctx.response.status(201)
    return ctx.serialize(CommentTransformer.transform(node))
  }

  async update(ctx: HttpContext) {
    const { comment, plan } = await this.comments.find(routeId(ctx))
    await ctx.bouncer.with(CommentPolicy).authorize('update', comment, plan)
    const { body } = await ctx.request.validateUsing(updateCommentValidator)
    return ctx.serialize(CommentTransformer.transform(await this.comments.update(comment, body)))
  }

  async destroy(ctx: HttpContext) {
    const { comment, plan } = await this.comments.find(routeId(ctx))
    await ctx.bouncer.with(CommentPolicy).authorize('delete', comment, plan)
    await this.comments.delete(comment)
    return ctx.response.noContent()
  }
}
