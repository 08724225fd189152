import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export const INTERACTION_TYPES = ['clicked', 'saved', 'purchased'] as const
export type InteractionType = (typeof INTERACTION_TYPES)[number]

/** What a shopper did with a recommended product; once per product and type. */
export default class RecommendationInteraction extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** Null once the list it came from was regenerated. */
  @column()
  declare recommendationId: number | null

  @column()
  declare userId: number

  @column()
  declare productId: number

  @column()
  declare type: InteractionType

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
