import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class MarketplaceRemind extends BatchCommand {
  static taskName = 'ad-request-reminders' as const
  static commandName = batchTasks['ad-request-reminders'].command
  static description = batchTasks['ad-request-reminders'].description
}
