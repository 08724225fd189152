import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { jsonColumn } from '#models/json_column'
import User from '#models/user'
import PlanTask from '#models/plan_task'

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const
export const PLAN_VISIBILITIES = ['public', 'unlisted'] as const
export type Difficulty = (typeof DIFFICULTIES)[number]
export type PlanVisibility = (typeof PLAN_VISIBILITIES)[number]

const count = { consume: (value: unknown) => Number(value ?? 0) }

/** A creator's day-by-day plan. Counters are kept exact by the interaction services. */
export default class SkillPlan extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare ownerId: number

  @column()
  declare title: string

  @column()
  declare description: string

  @column()
  declare category: string

  @column()
  declare difficulty: Difficulty

  @column()
  declare durationDays: number

  @column(jsonColumn<string[]>([]))
  declare tags: string[]

  @column()
  declare visibility: PlanVisibility

  @column.dateTime()
  declare hiddenAt: DateTime | null

  @column(count)
  declare likesCount: number

  @column(count)
  declare downloadsCount: number

  @column(count)
  declare commentsCount: number

  @column(count)
  declare ratingsCount: number

  @column(count)
  declare ratingsSum: number

  @column(count)
  declare trendingScore: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'ownerId' })
  declare owner: BelongsTo<typeof User>

  @hasMany(() => PlanTask, { foreignKey: 'planId' })
  declare tasks: HasMany<typeof PlanTask>

  /** Exact average: stored as sum and count, divided on read. */
  get averageRating() {
    return this.ratingsCount ? Math.round((this.ratingsSum / this.ratingsCount) * 100) / 100 : null
  }
}
