import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type SkillPlan from '#models/skill_plan'
import PlanPolicy from '#policies/community/plan_policy'
import PlanService from '#services/community/plan_service'
import PlanInteractionService from '#services/community/plan_interaction_service'
import PlanTransformer, { type PlanViewerState } from '#transformers/community/plan_transformer'
import { rateValidator } from '#validators/community/interaction'
import { routeId } from '#platform/http/ids'

/** Like, download and rate a plan. Likes and ratings answer the plan summary with the caller's state. */
@inject()
export default class PlanInteractionsController {
  constructor(
    private plans: PlanService,
    private interactions: PlanInteractionService
  ) {}

  async like(ctx: HttpContext) {
    const plan = await this.#authorized(ctx, 'react')
    return this.#summary(ctx, await this.interactions.like(ctx.auth.getUserOrFail(), plan))
  }

  async unlike(ctx: HttpContext) {
    const plan = await this.#authorized(ctx, 'react')
    return this.#summary(ctx, await this.interactions.unlike(ctx.auth.getUserOrFail(), plan))
  }

  /** The full plan with tasks; `meta.counted` is true when this call counted a new download. */
  async download(ctx: HttpContext) {
    const plan = await this.#authorized(ctx, 'interact')
    const {
      plan: data,
      computedAt,
      counted,
    } = await this.interactions.download(ctx.auth.getUserOrFail(), plan)
    return ctx.serialize(data, { computedAt, counted })
  }

  async rate(ctx: HttpContext) {
    const plan = await this.#authorized(ctx, 'react')
    const { score } = await ctx.request.validateUsing(rateValidator)
    return this.#summary(ctx, await this.interactions.rate(ctx.auth.getUserOrFail(), plan, score))
  }

  async unrate(ctx: HttpContext) {
    const plan = await this.#authorized(ctx, 'react')
    return this.#summary(ctx, await this.interactions.unrate(ctx.auth.getUserOrFail(), plan))
  }

  #summary(ctx: HttpContext, { plan, viewer }: { plan: SkillPlan; viewer: PlanViewerState }) {
    return ctx.serialize(PlanTransformer.transform(plan, viewer))
  }

  async #authorized(ctx: HttpContext, action: 'react' | 'interact') {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize(action, plan)
    return plan
  }
}
