import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class PlanTask extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare planId: number

  @column()
  declare day: number

  @column()
  declare position: number

  @column()
  declare title: string

  @column()
  declare description: string | null
}
