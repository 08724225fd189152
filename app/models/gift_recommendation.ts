import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import Product from '#models/product'
import RecommendationInteraction from '#models/recommendation_interaction'

/** The weighted parts of a score (see app/services/gifting/recommendation_scoring.ts). */
export interface ScoreBreakdown {
  categoryAffinity: number
  tagAffinity: number
  priceFit: number
  popularity: number
  feedback: number
}

/** One ranked product of a session's current gift list. */
export default class GiftRecommendation extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare sessionId: number

  @column()
  declare userId: number

  @column()
  declare productId: number

  @column()
  declare rank: number

  @column({ consume: (value) => Number(value) })
  declare score: number

  @column(jsonColumn<Partial<ScoreBreakdown>>({}))
  declare breakdown: Partial<ScoreBreakdown>

  /** The session revision the list was generated from. */
  @column()
  declare sessionRevision: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Product)
  declare product: BelongsTo<typeof Product>

  /** What the shopper did with it (clicked, saved, purchased). */
  @hasMany(() => RecommendationInteraction, { foreignKey: 'recommendationId' })
  declare interactions: HasMany<typeof RecommendationInteraction>
}
