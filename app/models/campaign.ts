import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import User from '#models/user'

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const
export const VISIBILITIES = ['public', 'private'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]
export type Visibility = (typeof VISIBILITIES)[number]

const dateOnly = {
  prepare: (value: DateTime | null) => value?.toISODate() ?? null,
  consume: (value: string | Date | null) =>
    value === null ? null : value instanceof Date ? DateTime.fromJSDate(value, { zone: 'utc' }) : DateTime.fromISO(String(value), { zone: 'utc' }),
}

export default class Campaign extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare sponsorId: number

  @column()
  declare name: string

  @column()
  declare description: string

  @column()
  declare niche: string

  @column(jsonColumn<string[]>([]))
  declare goals: string[]

  /** Integer minor units. */
  @column({ consume: (value) => Number(value) })
  declare budget: number

  @column()
  declare currency: string

  @column(dateOnly)
  declare startDate: DateTime

  @column(dateOnly)
  declare endDate: DateTime

  @column()
  declare visibility: Visibility

  @column()
  declare status: CampaignStatus

  @column.dateTime()
  declare flaggedAt: DateTime | null

  @column()
  declare flagReason: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'sponsorId' })
  declare sponsor: BelongsTo<typeof User>
}
