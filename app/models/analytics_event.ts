import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#models/json_column'

export const EVENT_TYPES = [
  'plan.view',
  'plan.share',
  'plan.start',
  'plan.task_complete',
  'profile.view',
  'campaign.view',
  'product.view',
  'search',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

export default class AnalyticsEvent extends BaseModel {
  @column({ isPrimary: true, consume: (value) => Number(value) })
  declare id: number

  @column()
  declare userId: number | null

  @column()
  declare type: EventType

  @column()
  declare subjectType: string

  @column()
  declare subjectId: number

  @column(jsonColumn<Record<string, unknown>>({}))
  declare data: Record<string, unknown>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
