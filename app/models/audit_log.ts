import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#models/json_column'

export default class AuditLog extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare actorId: number | null

  @column()
  declare action: string

  @column()
  declare targetType: string

  @column()
  declare targetId: string

  @column(jsonColumn<Record<string, unknown>>({}))
  declare details: Record<string, unknown>

  @column()
  declare ip: string | null

  @column()
  declare requestId: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
