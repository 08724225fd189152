import BatchCommand from '#platform/scheduler/batch_command'
import { batchTasks } from '#services/operations/batch_tasks'

export default class NotificationsDigest extends BatchCommand {
  static taskName = 'notification-digests' as const
  static commandName = batchTasks['notification-digests'].command
  static description = batchTasks['notification-digests'].description
}
