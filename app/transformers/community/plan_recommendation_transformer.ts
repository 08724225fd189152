import { BaseTransformer } from '@adonisjs/core/transformers'
import { array, number, object, oneOf, refTo, type Infer } from '#platform/openapi/schema'
import type { PlanRecommendation } from '#services/community/plan_recommendation_service'
import PlanTransformer, { planSchema } from '#transformers/community/plan_transformer'

export const planRecommendationSchema = object({
  plan: refTo('SkillPlan', planSchema),
  score: number({
    description: '3 × [owner followed] + 2 × [category liked] + log2(1 + likes + downloads)',
  }),
  reasons: array(oneOf(['from_people_you_follow', 'in_categories_you_like', 'popular'])),
})

/** A recommended plan: the plan summary with why and how strongly it is recommended. */
export default class PlanRecommendationTransformer extends BaseTransformer<PlanRecommendation> {
  toObject(): Infer<typeof planRecommendationSchema> {
    const { plan, score, reasons } = this.resource
    return { plan: new PlanTransformer(plan).toObject(), score, reasons }
  }
}
