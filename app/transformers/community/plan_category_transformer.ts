import { BaseTransformer } from '@adonisjs/core/transformers'

export interface PlanCategory {
  name: string
  plans: number
}

/** A plan category with how many listed plans it has. */
export default class PlanCategoryTransformer extends BaseTransformer<PlanCategory> {
  toObject() {
    return { name: this.resource.name, plans: this.resource.plans }
  }
}
