import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class AnalyticsEngagement extends BatchCommand {
  static taskName = 'engagement-metrics' as const
  static commandName = batchTasks['engagement-metrics'].command
  static description = batchTasks['engagement-metrics'].description
}
