import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ReportPolicy from '#policies/moderation/report_policy'
import ReviewService from '#services/moderation/review_service'
import ModerationStats from '#services/moderation/moderation_stats'
import ReportTransformer from '#transformers/moderation/report_transformer'
import ReportContextTransformer from '#transformers/moderation/report_context_transformer'
import { TARGET_TYPES, type TargetType } from '#models/report'
import AppException from '#exceptions/app_exception'
import {
  bulkValidator,
  dismissValidator,
  queueValidator,
  resolveValidator,
} from '#validators/moderation/report'
import { routeId } from '#platform/http/ids'

/** The admins' review queue. */
@inject()
export default class ReviewController {
  constructor(private review: ReviewService) {}

  async queue(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const page = await this.review.queue(await queueValidator.validate(ctx.request.qs()))
    return ctx.serialize(ReportTransformer.paginate(page.all(), page.getMeta()))
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    return ctx.serialize(ReportTransformer.transform(await this.review.find(routeId(ctx))))
  }

  async context(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    return ctx.serialize(
      ReportContextTransformer.transform(await this.review.context(routeId(ctx)))
    )
  }

  async claim(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    return ctx.serialize(
      ReportTransformer.transform(
        await this.review.claim(ctx.auth.getUserOrFail(), routeId(ctx), ctx)
      )
    )
  }

  async resolve(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const { action, version, note } = await ctx.request.validateUsing(resolveValidator)
    const report = await this.review.resolve(
      ctx.auth.getUserOrFail(),
      routeId(ctx),
      action,
      version,
      note,
      ctx
    )
    return ctx.serialize(ReportTransformer.transform(report))
  }

  async dismiss(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const { version, note } = await ctx.request.validateUsing(dismissValidator)
    return ctx.serialize(
      ReportTransformer.transform(
        await this.review.dismiss(ctx.auth.getUserOrFail(), routeId(ctx), version, note, ctx)
      )
    )
  }

  async bulk(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const { ids, operation, action, note } = await ctx.request.validateUsing(bulkValidator)
    return ctx.serialize(
      await this.review.bulk(ctx.auth.getUserOrFail(), ids, operation, action, note, ctx)
    )
  }

  async restore(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    const type = ctx.params.type as TargetType
    if (!TARGET_TYPES.includes(type)) throw AppException.notFound('Content type')
    await this.review.restore(ctx.auth.getUserOrFail(), type, routeId(ctx), ctx)
    return ctx.response.noContent()
  }

  async stats(ctx: HttpContext) {
    await ctx.bouncer.with(ReportPolicy).authorize('review')
    return ctx.serialize(await new ModerationStats().summary())
  }
}
