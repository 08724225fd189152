import { flags } from '@adonisjs/core/ace'
import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class CommunityWeeklySummary extends BatchCommand {
  static taskName = 'creator-weekly-summaries' as const
  static commandName = batchTasks['creator-weekly-summaries'].command
  static description = batchTasks['creator-weekly-summaries'].description

  @flags.string({
    description: 'Any day of the week to summarise, YYYY-MM-DD (default: last week)',
  })
  declare week?: string

  protected taskOptions() {
    return { week: this.week }
  }
}
