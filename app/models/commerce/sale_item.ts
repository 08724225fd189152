import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A line of a sale: what the product was called and cost when it was bought. */
export default class SaleItem extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare saleId: number

  @column()
  declare productId: number | null

  @column()
  declare categoryId: number | null

  @column()
  declare brandId: number | null

  @column()
  declare name: string

  @column({ consume: (value) => Number(value) })
  declare unitPrice: number

  @column()
  declare quantity: number

  @column({ consume: (value) => Number(value) })
  declare lineTotal: number
}
