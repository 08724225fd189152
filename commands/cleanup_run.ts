import BatchCommand from '#services/operations/batch/batch_command'
import { batchTasks } from '#services/operations/batch/batch_tasks'

export default class CleanupRun extends BatchCommand {
  static taskName = 'cleanup' as const
  static commandName = batchTasks['cleanup'].command
  static description = batchTasks['cleanup'].description
}
