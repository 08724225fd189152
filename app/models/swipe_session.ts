import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#models/json_column'

const nullableNumber = {
  consume: (value: unknown) => (value === null || value === undefined ? null : Number(value)),
}

/** A shopper swiping products, optionally for a recipient (ages, interests, budget in minor units). */
export default class SwipeSession extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare recipientAgeMin: number | null

  @column()
  declare recipientAgeMax: number | null

  /** Lower-cased; matched against product tags. */
  @column(jsonColumn<string[]>([]))
  declare interests: string[]

  @column(nullableNumber)
  declare budgetMin: number | null

  @column(nullableNumber)
  declare budgetMax: number | null

  /** Bumped by every swipe. */
  @column()
  declare revision: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  get hasRecipient() {
    return (
      this.recipientAgeMin !== null ||
      this.recipientAgeMax !== null ||
      this.interests.length > 0 ||
      this.budgetMin !== null ||
      this.budgetMax !== null
    )
  }
}
