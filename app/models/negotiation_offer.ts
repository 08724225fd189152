import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#models/json_column'

export type OfferKind = 'initial' | 'counter' | 'edit' | 'accept' | 'reject' | 'withdraw'

/** Terms a brand may change while an ad request is pending. */
export interface OfferChanges {
  requirements?: string
  deliverables?: string
  paymentAmount?: number
}

/** One step of an ad request's negotiation history (append-only). */
export default class NegotiationOffer extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare adRequestId: number

  @column()
  declare authorId: number

  @column()
  declare kind: OfferKind

  @column({ consume: (value) => Number(value) })
  declare amount: number

  @column()
  declare message: string | null

  /** On an `edit`: the terms changed, with their new values. */
  @column(jsonColumn<OfferChanges | null>(null))
  declare changes: OfferChanges | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
