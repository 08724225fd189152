import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import User from '#models/user'
import SaleItem from '#models/commerce/sale_item'

/** The delivery address as it was at checkout. */
export interface AddressSnapshot {
  recipient: string
  line1: string
  line2: string | null
  city: string
  postalCode: string
  country: string
  phone: string | null
}

/** A sale is recorded once paid (checkout charges first); no other state yet. */
export const SALE_STATUSES = ['paid'] as const
export type SaleStatus = (typeof SALE_STATUSES)[number]

/** A completed checkout: totals in integer minor units, tax included in `total`. */
export default class Sale extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number | null

  @column()
  declare status: SaleStatus

  @column()
  declare currency: string

  @column({ consume: (value) => Number(value) })
  declare subtotal: number

  @column()
  declare taxRateBp: number

  @column({ consume: (value) => Number(value) })
  declare tax: number

  @column({ consume: (value) => Number(value) })
  declare total: number

  @column(jsonColumn<AddressSnapshot | null>(null))
  declare address: AddressSnapshot | null

  @column()
  declare invoiceNumber: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @hasMany(() => SaleItem)
  declare items: HasMany<typeof SaleItem>
}
