import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class AnalyticsAggregate extends BatchCommand {
  static taskName = 'analytics-aggregation' as const
  static commandName = batchTasks['analytics-aggregation'].command
  static description = batchTasks['analytics-aggregation'].description
}
