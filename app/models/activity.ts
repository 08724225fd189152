import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import User from '#models/user'

export const ACTIVITY_VERBS = [
  'plan.created',
  'plan.liked',
  'plan.rated',
  'plan.downloaded',
  'comment.created',
  'user.followed',
  'custom_task.created',
] as const
export type ActivityVerb = (typeof ACTIVITY_VERBS)[number]

/** What an activity is about. */
export const ACTIVITY_SUBJECTS = ['plan', 'comment', 'user', 'custom_task'] as const
export type ActivitySubject = (typeof ACTIVITY_SUBJECTS)[number]

export default class Activity extends BaseModel {
  @column({ isPrimary: true, consume: (value) => Number(value) })
  declare id: number

  @column()
  declare actorId: number

  @column()
  declare verb: ActivityVerb

  @column()
  declare subjectType: string

  @column()
  declare subjectId: number

  @column()
  declare planId: number | null

  @column(jsonColumn<Record<string, unknown>>({}))
  declare data: Record<string, unknown>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>
}
