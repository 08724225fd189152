import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import SwipeSessionPolicy from '#policies/gifting/swipe_session_policy'
import RecommendationPolicy from '#policies/gifting/recommendation_policy'
import SwipeSessionService from '#services/gifting/swipe_session_service'
import RecommendationService, {
  type RecommendationList,
} from '#services/gifting/recommendation_service'
import RecommendationTransformer from '#transformers/gifting/recommendation_transformer'
import RecommendationInteractionTransformer from '#transformers/gifting/recommendation_interaction_transformer'
import {
  generateRecommendationsValidator,
  interactionValidator,
} from '#validators/gifting/recommendation'
import { routeId } from '#platform/http/ids'

/** Gift lists of a swipe session and the interactions that feed back into them (ENABLE_RECOMMENDATIONS). */
@inject()
export default class RecommendationsController {
  constructor(
    private sessions: SwipeSessionService,
    private recommendations: RecommendationService
  ) {}

  async store(ctx: HttpContext) {
    const session = await this.#ownSession(ctx)
    const { limit } = await ctx.request.validateUsing(generateRecommendationsValidator)
    const list = await this.recommendations.generate(session, limit)
    ctx.response.status(201)
    return this.#serializeList(ctx, list)
  }

  async index(ctx: HttpContext) {
    const session = await this.#ownSession(ctx)
    return this.#serializeList(ctx, await this.recommendations.list(session))
  }

  async interact(ctx: HttpContext) {
    const recommendation = await this.recommendations.find(routeId(ctx))
    await ctx.bouncer.with(RecommendationPolicy).authorize('interact', recommendation)
    const { type } = await ctx.request.validateUsing(interactionValidator)
    const { interaction, created } = await this.recommendations.interact(recommendation, type)
    ctx.response.status(created ? 201 : 200)
    return ctx.serialize(RecommendationInteractionTransformer.transform(interaction))
  }

  async #ownSession(ctx: HttpContext) {
    const session = await this.sessions.find(routeId(ctx))
    await ctx.bouncer.with(SwipeSessionPolicy).authorize('own', session)
    return session
  }

  #serializeList(ctx: HttpContext, list: RecommendationList) {
    return ctx.serialize(RecommendationTransformer.transform(list.recommendations), {
      generatedAt: list.generatedAt,
      stale: list.stale,
    })
  }
}
