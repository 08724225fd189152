import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A shopper's delivery address; exactly one of a shopper's addresses is the default. */
export default class Address extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare recipient: string

  @column({ columnName: 'line1' })
  declare line1: string

  @column({ columnName: 'line2' })
  declare line2: string | null

  @column()
  declare city: string

  @column()
  declare postalCode: string

  @column()
  declare country: string

  @column()
  declare phone: string | null

  @column({ consume: (value) => Boolean(value) })
  declare isDefault: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
