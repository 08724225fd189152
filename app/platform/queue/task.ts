import { QUEUE_NAMES, type QueueName } from '#platform/queue/config'

/** Channel type of task events, `tasks/<taskId>`; start/transmit.ts lets admins alone subscribe. */
export const TASK_CHANNEL = 'tasks'

/** Task states in the order lists show them: running work first, history last. */
export const TASK_STATES = ['active', 'waiting', 'delayed', 'failed', 'completed'] as const
export type TaskState = (typeof TASK_STATES)[number]

/** A queued job as the tasks API reports it, whichever backend runs it. */
export interface Task {
  id: string
  queue: QueueName
  name: string
  state: TaskState
  progress: number
  result: unknown
  error: string | null
  attempts: number
  maxAttempts: number
  createdAt: Date
  startedAt: Date | null
  finishedAt: Date | null
}

export interface TaskPage {
  tasks: Task[]
  total: number
}

/** A task id names its queue and the job id inside it: `mail:5f0c…`. */
export const taskId = (queue: QueueName, jobId: string) => `${queue}:${jobId}`

export function parseTaskId(id: string): { queue: QueueName; jobId: string } | null {
  const separator = id.indexOf(':')
  if (separator < 1) return null
  const queue = id.slice(0, separator)
  const jobId = id.slice(separator + 1)
  if (!jobId || !(QUEUE_NAMES as readonly string[]).includes(queue)) return null
  return { queue: queue as QueueName, jobId }
}

/** Progress as a whole percentage (jobs may report anything). */
export function percent(value: unknown) {
  const number = typeof value === 'number' && Number.isFinite(value) ? value : 0
  return Math.min(100, Math.max(0, Math.round(number)))
}
