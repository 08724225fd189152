import { BaseTransformer } from '@adonisjs/core/transformers'
import type { PlanRecommendation } from '#services/community/plan_recommendation_service'
import PlanTransformer from '#transformers/community/plan_transformer'

/** A recommended plan: the plan summary with why and how strongly it is recommended. */
export default class PlanRecommendationTransformer extends BaseTransformer<PlanRecommendation> {
  toObject() {
    const { plan, score, reasons } = this.resource
    return { plan: new PlanTransformer(plan).toObject(), score, reasons }
  }
}
