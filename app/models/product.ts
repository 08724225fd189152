import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import User from '#models/user'
import Category from '#models/category'

export default class Product extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** The brand (sponsor) selling it; null for products created by admins for the platform. */
  @column()
  declare brandId: number | null

  @column()
  declare categoryId: number | null

  @column()
  declare name: string

  @column()
  declare description: string

  /** Integer minor units. */
  @column({ consume: (value) => Number(value) })
  declare price: number

  @column()
  declare currency: string

  @column()
  declare stock: number

  @column(jsonColumn<string[]>([]))
  declare images: string[]

  @column(jsonColumn<string[]>([]))
  declare tags: string[]

  @column({ consume: (value) => Boolean(value) })
  declare featured: boolean

  @column({ consume: (value) => Boolean(value) })
  declare active: boolean

  @column.dateTime()
  declare hiddenAt: DateTime | null

  @column()
  declare salesCount: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'brandId' })
  declare brand: BelongsTo<typeof User>

  @belongsTo(() => Category)
  declare category: BelongsTo<typeof Category>
}
