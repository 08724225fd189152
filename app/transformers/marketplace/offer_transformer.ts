import { BaseTransformer } from '@adonisjs/core/transformers'
import type NegotiationOffer from '#models/negotiation_offer'

export default class OfferTransformer extends BaseTransformer<NegotiationOffer> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'authorId',
      'kind',
      'amount',
      'message',
      'changes',
      'createdAt',
    ])
  }
}
