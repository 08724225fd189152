import { BaseTransformer } from '@adonisjs/core/transformers'
import type RecommendationInteraction from '#models/recommendation_interaction'

export default class RecommendationInteractionTransformer extends BaseTransformer<RecommendationInteraction> {
  toObject() {
    const i = this.resource
    return {
      id: i.id,
      recommendationId: i.recommendationId,
      productId: i.productId,
      type: i.type,
      createdAt: i.createdAt.toISO(),
    }
  }
}
