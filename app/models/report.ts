import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export const TARGET_TYPES = [
  'plan',
  'comment',
  'custom_task',
  'campaign',
  'message',
  'product',
  'user',
] as const
export const REPORT_REASONS = ['spam', 'abuse', 'inappropriate', 'fraud', 'other'] as const
export const REPORT_STATUSES = ['open', 'claimed', 'resolved', 'dismissed'] as const
export const RESOLUTION_ACTIONS = ['hide', 'warn', 'block', 'none'] as const
export type TargetType = (typeof TARGET_TYPES)[number]
export type ReportReason = (typeof REPORT_REASONS)[number]
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number]

export default class Report extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare reporterId: number | null

  @column()
  declare targetType: TargetType

  @column()
  declare targetId: number

  @column()
  declare targetOwnerId: number | null

  @column()
  declare reason: ReportReason

  @column()
  declare details: string | null

  @column()
  declare ruleId: number | null

  @column()
  declare status: ReportStatus

  @column({ consume: (value) => Number(value) })
  declare priority: number

  @column()
  declare claimedBy: number | null

  @column.dateTime()
  declare claimExpiresAt: DateTime | null

  @column()
  declare resolvedBy: number | null

  @column.dateTime()
  declare resolvedAt: DateTime | null

  @column()
  declare action: ResolutionAction | null

  @column()
  declare resolutionNote: string | null

  @column()
  declare version: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
