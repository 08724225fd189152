import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomTaskPolicy from '#policies/community/custom_task_policy'
import PlanPolicy from '#policies/community/plan_policy'
import CustomTaskService from '#services/community/custom_task_service'
import PlanService from '#services/community/plan_service'
import CustomTaskTransformer from '#transformers/community/custom_task_transformer'
import {
  createCustomTaskValidator,
  listCustomTasksValidator,
  voteValidator,
} from '#validators/community/custom_task'
import { routeId } from '#platform/http/ids'

@inject()
export default class CustomTasksController {
  constructor(
    private plans: PlanService,
    private customTasks: CustomTaskService
  ) {}

  async index(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize('view', plan)
    const filters = await listCustomTasksValidator.validate(ctx.request.qs())
    const { items, meta } = await this.customTasks.list(plan, ctx.auth.getUserOrFail(), filters)
    return ctx.serialize(CustomTaskTransformer.paginate(items, meta))
  }

  async store(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanPolicy).authorize('interact', plan)
    const payload = await ctx.request.validateUsing(createCustomTaskValidator)
    const task = await this.customTasks.create(ctx.auth.getUserOrFail(), plan, payload)
    ctx.response.status(201)
    return ctx.serialize(CustomTaskTransformer.transform({ task, myVote: null }))
  }

  async vote(ctx: HttpContext) {
    const { task, plan } = await this.customTasks.withPlan(routeId(ctx))
    await ctx.bouncer.with(CustomTaskPolicy).authorize('vote', task, plan)
    const { value } = await ctx.request.validateUsing(voteValidator)
    return ctx.serialize(
      CustomTaskTransformer.transform(
        await this.customTasks.vote(ctx.auth.getUserOrFail(), task, value)
      )
    )
  }

  async unvote(ctx: HttpContext) {
    const { task, plan } = await this.customTasks.withPlan(routeId(ctx))
    await ctx.bouncer.with(CustomTaskPolicy).authorize('vote', task, plan)
    return ctx.serialize(
      CustomTaskTransformer.transform(await this.customTasks.unvote(ctx.auth.getUserOrFail(), task))
    )
  }
}
