import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Product from '#models/product'

export const SWIPE_ACTIONS = ['like', 'dislike', 'superlike'] as const
export type SwipeAction = (typeof SWIPE_ACTIONS)[number]

/** One verdict on one product in one session; swiping again replaces it. */
export default class Swipe extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare sessionId: number

  @column()
  declare productId: number

  @column()
  declare action: SwipeAction

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Product)
  declare product: BelongsTo<typeof Product>
}
