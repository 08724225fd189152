import { BaseTransformer } from '@adonisjs/core/transformers'
import type GiftRecommendation from '#models/gift_recommendation'
import type { ScoreBreakdown } from '#models/gift_recommendation'
import {
  array,
  dateTime,
  integer,
  number,
  object,
  refTo,
  type Infer,
} from '#platform/openapi/schema'
import { productSummary, productSummarySchema } from '#transformers/commerce/product_transformer'
import {
  interactionObject,
  recommendationInteractionSchema,
} from '#transformers/gifting/recommendation_interaction_transformer'
import { iso, required } from '#transformers/support'

export const recommendationSchema = object(
  {
    id: integer(),
    sessionId: integer(),
    rank: integer({ minimum: 1 }),
    score: number(),
    breakdown: object({
      categoryAffinity: number({ minimum: -1, maximum: 1 }),
      tagAffinity: number({ minimum: -1, maximum: 1 }),
      priceFit: number({ minimum: 0, maximum: 1 }),
      popularity: number({ minimum: 0, maximum: 1 }),
      feedback: number({ minimum: 0 }),
    }),
    product: refTo('GiftProduct', productSummarySchema),
    createdAt: dateTime(),
  },
  {
    interactions: array(refTo('RecommendationInteraction', recommendationInteractionSchema), {
      description: 'In the list across sessions only: what you did with it, oldest first',
    }),
  }
)

/** Every part of a stored score; a part the stored JSON lacks weighed nothing. */
const breakdownOf = (b: Partial<ScoreBreakdown>): ScoreBreakdown => ({
  categoryAffinity: b.categoryAffinity ?? 0,
  tagAffinity: b.tagAffinity ?? 0,
  priceFit: b.priceFit ?? 0,
  popularity: b.popularity ?? 0,
  feedback: b.feedback ?? 0,
})

/** One ranked gift with its score and the weighted parts it came from; `interactions` when they were loaded (the list across sessions). */
export default class RecommendationTransformer extends BaseTransformer<GiftRecommendation> {
  toObject(): Infer<typeof recommendationSchema> {
    const r = this.resource
    const product = r.$preloaded.product as GiftRecommendation['product'] | undefined
    const interactions = r.$preloaded.interactions as GiftRecommendation['interactions'] | undefined
    return {
      id: r.id,
      sessionId: r.sessionId,
      rank: r.rank,
      score: r.score,
      breakdown: breakdownOf(r.breakdown),
      product: productSummary(required(product, 'GiftRecommendation.product (preload)')),
      createdAt: iso(r.createdAt),
      ...(interactions ? { interactions: interactions.map(interactionObject) } : {}),
    }
  }
}
