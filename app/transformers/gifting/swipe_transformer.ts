import { BaseTransformer } from '@adonisjs/core/transformers'
import type Swipe from '#models/swipe'

export default class SwipeTransformer extends BaseTransformer<Swipe> {
  toObject() {
    const s = this.resource
    return {
      id: s.id,
      sessionId: s.sessionId,
      productId: s.productId,
      action: s.action,
      createdAt: s.createdAt.toISO(),
      updatedAt: s.updatedAt.toISO(),
    }
  }
}
