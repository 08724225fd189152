import { BaseTransformer } from '@adonisjs/core/transformers'
import type { SwipeCard } from '#services/gifting/swipe_session_service'
import { productSummary } from '#transformers/commerce/product_transformer'

/** A product served to swipe, with the interests and liked tags it matched. */
export default class SwipeCardTransformer extends BaseTransformer<SwipeCard> {
  toObject() {
    return { ...productSummary(this.resource.product), matchedTags: this.resource.matchedTags }
  }
}
