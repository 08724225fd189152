import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PlanPolicy from '#policies/community/plan_policy'
import ProfilePolicy from '#policies/community/profile_policy'
import PlanService from '#services/community/plan_service'
import PlanTransformer from '#transformers/community/plan_transformer'
import { paginationQueryValidator } from '#validators/common'
import { createPlanValidator, updatePlanValidator } from '#validators/community/plan'
import { routeId } from '#platform/http/ids'

@inject()
export default class PlansController {
  constructor(private plans: PlanService) {}

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(PlanPolicy).authorize('create')
    const payload = await ctx.request.validateUsing(createPlanValidator)
    const plan = await this.plans.create(ctx.auth.getUserOrFail(), payload)
    return this.#respondFull(ctx, plan.id, 201)
  }

  /** The full plan (cached; `meta.computedAt` says when) with the caller's likedByMe / myRating / downloadedByMe. */
  async show(ctx: HttpContext) {
    return this.#respondFull(ctx, routeId(ctx))
  }

  async update(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize('manage', plan)
    const payload = await ctx.request.validateUsing(updatePlanValidator)
    await this.plans.update(plan, payload)
    return this.#respondFull(ctx, plan.id)
  }

  async destroy(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize('manage', plan)
    await this.plans.delete(plan)
    return ctx.response.noContent()
  }

  async mine(ctx: HttpContext) {
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const plans = await this.plans.mine(ctx.auth.getUserOrFail(), page, perPage)
    return ctx.serialize(PlanTransformer.paginate(plans.all(), plans.getMeta()))
  }

  async ofUser(ctx: HttpContext) {
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const owner = await this.plans.findOwner(routeId(ctx))
    await ctx.bouncer.with(ProfilePolicy).authorize('view', owner)
    const plans = await this.plans.ofUser(owner, page, perPage)
    return ctx.serialize(PlanTransformer.paginate(plans.all(), plans.getMeta()))
  }

  async #respondFull(ctx: HttpContext, id: number, status = 200) {
    const plan = await this.plans.find(id)
    await ctx.bouncer.with(PlanPolicy).authorize('view', plan)
    const { plan: data, computedAt } = await this.plans.show(plan, ctx.auth.getUserOrFail())
    ctx.response.status(status)
    return ctx.serialize(data, { computedAt })
  }
}
