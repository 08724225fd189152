import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ReportPolicy from '#policies/moderation/report_policy'
import RuleService from '#services/moderation/rule_service'
import RuleTransformer from '#transformers/moderation/rule_transformer'
import { createRuleValidator, updateRuleValidator } from '#validators/moderation/rule'
import { routeId } from '#platform/http/ids'

@inject()
export default class RulesController {
  constructor(private rules: RuleService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    return ctx.serialize(RuleTransformer.transform(await this.rules.list()))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const rule = await this.rules.create(
      ctx.auth.getUserOrFail(),
      await ctx.request.validateUsing(createRuleValidator),
      ctx
    )
    ctx.response.status(201)
    return ctx.serialize(RuleTransformer.transform(rule))
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const payload = await ctx.request.validateUsing(updateRuleValidator)
    return ctx.serialize(
      RuleTransformer.transform(
        await this.rules.update(ctx.auth.getUserOrFail(), routeId(ctx), payload, ctx)
      )
    )
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    await this.rules.delete(ctx.auth.getUserOrFail(), routeId(ctx), ctx)
    return ctx.response.noContent()
  }
}
