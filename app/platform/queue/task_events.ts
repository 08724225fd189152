import RealtimeService from '#platform/realtime/realtime_service'
import { TASK_CHANNEL, type TaskState } from '#platform/queue/task'

/** What a watcher of a task receives (event `progress`) when it starts, reports progress, finishes or fails. */
export interface TaskEvent {
  taskId: string
  state: TaskState
  progress: number
}

const realtime = new RealtimeService()

/**
 * Tells the watchers of a task where it stands. Sent by the process that runs
 * the job (a worker, or the web process without Redis); through the Redis
 * transport it reaches the streams of every server. Fire-and-forget.
 */
export function announceTask(taskId: string, state: TaskState, progress: number) {
  realtime.toResource<TaskEvent>(TASK_CHANNEL, taskId, 'progress', { taskId, state, progress })
}
