import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { afterSave, BaseModel, beforeSave, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import User from '#models/user'
import { sqlTime } from '#platform/db/time'

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const
export const VISIBILITIES = ['public', 'private'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]
export type Visibility = (typeof VISIBILITIES)[number]

const dateOnly = {
  prepare: (value: DateTime | null) => value?.toISODate() ?? null,
  consume: (value: string | Date | null) =>
    value === null
      ? null
      : value instanceof Date
        ? DateTime.fromJSDate(value, { zone: 'utc' })
        : DateTime.fromISO(String(value), { zone: 'utc' }),
}

/** Campaigns being saved with a new status (created, or status changed). */
const statusChanging = new WeakSet<Campaign>()

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

  @beforeSave()
  static noteStatusChange(campaign: Campaign) {
    if (!campaign.$isPersisted || campaign.$dirty.status !== undefined) statusChanging.add(campaign)
  }

  /** Records each status a campaign takes (campaign_status_changes), with the save that gives it, in its transaction. */
  @afterSave()
  static async recordStatusChange(campaign: Campaign) {
    if (!statusChanging.delete(campaign)) return
    const client = campaign.$trx ?? db.connection(campaign.$options?.connection)
    await client
      .insertQuery()
      .table('campaign_status_changes')
      .insert({
        campaign_id: campaign.id,
        status: campaign.status,
        changed_at: sqlTime(campaign.updatedAt, client),
      })
  }
}
