import { BaseTransformer } from '@adonisjs/core/transformers'
import type NegotiationOffer from '#models/negotiation_offer'
import {
  dateTime,
  describe,
  integer,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const offerSchema = object({
  id: integer(),
  authorId: integer(),
  kind: oneOf(['initial', 'counter', 'edit', 'accept', 'reject', 'withdraw']),
  amount: integer({
    description: 'Integer minor units: the amount on the table after this step',
  }),
  message: nullable(string()),
  changes: nullable(
    describe(
      object({}, { requirements: string(), deliverables: string(), paymentAmount: integer() }),
      'On an `edit`: the terms the brand changed, with their new values'
    )
  ),
  createdAt: dateTime(),
})

export default class OfferTransformer extends BaseTransformer<NegotiationOffer> {
  toObject(): Infer<typeof offerSchema> {
    const o = this.resource
    return {
      id: o.id,
      authorId: o.authorId,
      kind: o.kind,
      amount: o.amount,
      message: o.message,
      changes: o.changes,
      createdAt: iso(o.createdAt),
    }
  }
}
