import { BaseTransformer } from '@adonisjs/core/transformers'
import type Swipe from '#models/swipe'
import { SWIPE_ACTIONS } from '#models/swipe'
import { dateTime, integer, object, oneOf, type Infer } from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const swipeSchema = object({
  id: integer(),
  sessionId: integer(),
  productId: integer(),
  action: oneOf(SWIPE_ACTIONS),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

export default class SwipeTransformer extends BaseTransformer<Swipe> {
  toObject(): Infer<typeof swipeSchema> {
    const s = this.resource
    return {
      id: s.id,
      sessionId: s.sessionId,
      productId: s.productId,
      action: s.action,
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
    }
  }
}
