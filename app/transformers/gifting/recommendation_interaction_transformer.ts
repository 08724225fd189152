import { BaseTransformer } from '@adonisjs/core/transformers'
import type RecommendationInteraction from '#models/recommendation_interaction'
import { INTERACTION_TYPES } from '#models/recommendation_interaction'
import { dateTime, integer, nullable, object, oneOf, type Infer } from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const recommendationInteractionSchema = object({
  id: integer(),
  recommendationId: nullable(
    integer({ description: 'Null once the list it came from was regenerated' })
  ),
  productId: integer(),
  type: oneOf(INTERACTION_TYPES),
  createdAt: dateTime(),
})

export const interactionObject = (
  i: RecommendationInteraction
): Infer<typeof recommendationInteractionSchema> => ({
  id: i.id,
  recommendationId: i.recommendationId,
  productId: i.productId,
  type: i.type,
  createdAt: iso(i.createdAt),
})

export default class RecommendationInteractionTransformer extends BaseTransformer<RecommendationInteraction> {
  toObject() {
    return interactionObject(this.resource)
  }
}
