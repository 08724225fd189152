import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type OfferKind = 'initial' | 'counter' | 'accept' | 'reject'

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

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
