import { BaseTransformer } from '@adonisjs/core/transformers'
import type GiftRecommendation from '#models/gift_recommendation'
import { productSummary } from '#transformers/commerce/product_transformer'
import RecommendationInteractionTransformer from '#transformers/gifting/recommendation_interaction_transformer'

/** One ranked gift with its score and the weighted parts it came from; `interactions` when they were loaded (the list across sessions). */
export default class RecommendationTransformer extends BaseTransformer<GiftRecommendation> {
  toObject() {
    const r = this.resource
    const product = r.$preloaded.product as GiftRecommendation['product'] | undefined
    const interactions = r.$preloaded.interactions as GiftRecommendation['interactions'] | undefined
    return {
      id: r.id,
      sessionId: r.sessionId,
      rank: r.rank,
      score: r.score,
      breakdown: r.breakdown,
      product: product ? productSummary(product) : { id: r.productId },
      createdAt: r.createdAt.toISO(),
      ...(interactions
        ? {
            interactions: interactions.map((interaction) =>
              new RecommendationInteractionTransformer(interaction).toObject()
            ),
          }
        : {}),
    }
  }
}
