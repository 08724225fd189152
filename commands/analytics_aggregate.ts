import BatchCommand from '#services/operations/batch/batch_command'
import { batchTasks } from '#services/operations/batch/batch_tasks'

export default class AnalyticsAggregate extends BatchCommand {
  static taskName = 'analytics-aggregation' as const
  static commandName = batchTasks['analytics-aggregation'].command
  static description = batchTasks['analytics-aggregation'].description
}
