import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class CacheMaintain extends BatchCommand {
  static taskName = 'cache-maintenance' as const
  static commandName = batchTasks['cache-maintenance'].command
  static description = batchTasks['cache-maintenance'].description
}
