import { BaseTransformer } from '@adonisjs/core/transformers'
import type SwipeSession from '#models/swipe_session'
import {
  array,
  dateTime,
  integer,
  nullable,
  object,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const swipeSessionSchema = object({
  id: integer(),
  recipient: nullable(
    object({
      ageMin: nullable(integer()),
      ageMax: nullable(integer()),
      interests: array(string()),
      budgetMin: nullable(integer({ description: 'Integer minor units' })),
      budgetMax: nullable(integer({ description: 'Integer minor units' })),
    })
  ),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

export default class SwipeSessionTransformer extends BaseTransformer<SwipeSession> {
  toObject(): Infer<typeof swipeSessionSchema> {
    const s = this.resource
    return {
      id: s.id,
      recipient: s.hasRecipient
        ? {
            ageMin: s.recipientAgeMin,
            ageMax: s.recipientAgeMax,
            interests: s.interests,
            budgetMin: s.budgetMin,
            budgetMax: s.budgetMax,
          }
        : null,
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
    }
  }
}
