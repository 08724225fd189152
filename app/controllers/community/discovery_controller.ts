import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PlanRecommendationService from '#services/community/plan_recommendation_service'
import PlanSearchService from '#services/community/plan_search_service'
import TrendingService from '#services/community/trending_service'
import PlanRecommendationTransformer from '#transformers/community/plan_recommendation_transformer'
import { paginationQueryValidator } from '#validators/common'
import { planSearchValidator, recommendationsValidator } from '#validators/community/discovery'

/** Finding plans: search, categories, trending (cached pages of transformer output) and personal recommendations. */
@inject()
export default class DiscoveryController {
  constructor(
    private search: PlanSearchService,
    private trending: TrendingService,
    private recommendations: PlanRecommendationService
  ) {}

  async searchPlans(ctx: HttpContext) {
    const filters = await planSearchValidator.validate(ctx.request.qs())
    const { data, metadata, computedAt } = await this.search.search(
      filters,
      ctx.auth.getUserOrFail()
    )
    return ctx.serialize(data, { ...metadata, computedAt })
  }

  async categories(ctx: HttpContext) {
    const { value, computedAt } = await this.search.categories()
    return ctx.serialize(value, { computedAt })
  }

  async trendingPlans(ctx: HttpContext) {
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const { data, metadata, computedAt } = await this.trending.page(
      page,
      perPage,
      ctx.auth.getUserOrFail()
    )
    return ctx.serialize(data, { ...metadata, computedAt })
  }

  async recommended(ctx: HttpContext) {
    const { limit } = await recommendationsValidator.validate(ctx.request.qs())
    const recommendations = await this.recommendations.recommend(ctx.auth.getUserOrFail(), limit)
    return ctx.serialize(PlanRecommendationTransformer.transform(recommendations))
  }
}
