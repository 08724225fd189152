import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#models/json_column'
import type { TargetType } from '#models/report'

export const RULE_KINDS = ['keyword', 'regex', 'threshold'] as const
export const RULE_ACTIONS = ['flag', 'hide', 'block'] as const
export type RuleKind = (typeof RULE_KINDS)[number]
export type RuleAction = (typeof RULE_ACTIONS)[number]

export default class ModerationRule extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare name: string

  @column()
  declare kind: RuleKind

  @column(jsonColumn<string[]>([]))
  declare keywords: string[]

  @column()
  declare pattern: string | null

  /** Content types the rule applies to; empty means all. */
  @column(jsonColumn<TargetType[]>([]))
  declare targetTypes: TargetType[]

  @column()
  declare thresholdCount: number | null

  @column()
  declare thresholdMinutes: number | null

  @column()
  declare action: RuleAction

  @column({ consume: (value) => Boolean(value) })
  declare enabled: boolean

  @column()
  declare createdBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
