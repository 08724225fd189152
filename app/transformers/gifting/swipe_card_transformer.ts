import { BaseTransformer } from '@adonisjs/core/transformers'
import { array, object, string, type Infer } from '#platform/openapi/schema'
import type { SwipeCard } from '#services/gifting/swipe_session_service'
import { productSummary, productSummaryFields } from '#transformers/commerce/product_transformer'

export const swipeCardSchema = object({
  ...productSummaryFields,
  matchedTags: array(string(), {
    description: 'Recipient interests and liked tags the product carries',
  }),
})

/** A product served to swipe, with the interests and liked tags it matched. */
export default class SwipeCardTransformer extends BaseTransformer<SwipeCard> {
  toObject(): Infer<typeof swipeCardSchema> {
    return { ...productSummary(this.resource.product), matchedTags: this.resource.matchedTags }
  }
}
