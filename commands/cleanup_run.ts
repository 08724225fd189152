import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class CleanupRun extends BatchCommand {
  static taskName = 'cleanup' as const
  static commandName = batchTasks['cleanup'].command
  static description = batchTasks['cleanup'].description
}
