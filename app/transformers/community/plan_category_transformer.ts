import { BaseTransformer } from '@adonisjs/core/transformers'
import { integer, object, string, type Infer } from '#platform/openapi/schema'

export interface PlanCategory {
  name: string
  plans: number
}

export const planCategorySchema = object({
  name: string(),
  plans: integer({ minimum: 1, description: 'Listed plans in it' }),
})

/** A plan category with how many listed plans it has. */
export default class PlanCategoryTransformer extends BaseTransformer<PlanCategory> {
  toObject(): Infer<typeof planCategorySchema> {
    return { name: this.resource.name, plans: this.resource.plans }
  }
}
