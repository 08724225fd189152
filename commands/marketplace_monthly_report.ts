import { flags } from '@adonisjs/core/ace'
import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class MarketplaceMonthlyReport extends BatchCommand {
  static taskName = 'monthly-sponsor-reports' as const
  static commandName = batchTasks['monthly-sponsor-reports'].command
  static description = batchTasks['monthly-sponsor-reports'].description

  @flags.string({ description: 'Month to report, YYYY-MM (default: last month)' })
  declare month?: string

  protected taskOptions() {
    return { month: this.month }
  }
}
