import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#models/json_column'

/** Who started a run: the scheduler, an admin over the API, or an operator's ace command. */
export type BatchTrigger = 'schedule' | 'admin' | 'cli'
export const BATCH_TRIGGERS: readonly BatchTrigger[] = ['schedule', 'admin', 'cli']
export type BatchStatus = 'running' | 'completed' | 'failed' | 'skipped'

/** One run of a scheduled batch task, with its duration and outcome. */
export default class BatchRun extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare task: string

  @column()
  declare trigger: BatchTrigger

  @column()
  declare status: BatchStatus

  @column()
  declare taskId: string | null

  @column(jsonColumn<Record<string, unknown> | null>(null))
  declare result: Record<string, unknown> | null

  @column()
  declare error: string | null

  @column.dateTime()
  declare startedAt: DateTime

  @column.dateTime()
  declare finishedAt: DateTime | null

  @column()
  declare durationMs: number | null

  /** The due time a scheduled run is for (null for admin and cli runs). */
  @column.dateTime()
  declare scheduledFor: DateTime | null
}
