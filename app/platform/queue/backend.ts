import type { JobClass } from '#platform/queue/job'
import type { TraceCarrier } from '#platform/tracing/trace_context'
import type { QueueName } from '#platform/queue/config'
import type { Task, TaskPage, TaskState } from '#platform/queue/task'

export interface TaskQuery {
  states: readonly TaskState[]
  queues: readonly QueueName[]
  offset: number
  limit: number
}

export type RetryOutcome = 'retried' | 'not_failed' | 'missing'

/** One queue's load: jobs per state and when the oldest waiting job was added. */
export interface QueueBacklog {
  queue: QueueName
  waiting: number
  active: number
  delayed: number
  failed: number
  oldestWaitingAt: Date | null
}

/** Where jobs wait and run: BullMQ on Redis, or this process when Redis is absent (development, tests of the fallback). */
export interface QueueBackend {
  readonly mode: 'redis' | 'in-process'
  /** Adds a job under `jobId` unless a job with that id exists already; resolves to the id either way. */
  /** `trace`: the trace that queued the job, continued by the job's span. */
  add(job: JobClass, payload: unknown, jobId: string, trace: TraceCarrier | null): Promise<string>
  find(queue: QueueName, jobId: string): Promise<Task | null>
  /** Tasks grouped by state (TASK_STATES order), then queue, most recent first. */
  list(query: TaskQuery): Promise<TaskPage>
  retry(queue: QueueName, jobId: string): Promise<RetryOutcome>
  backlog(queue: QueueName): Promise<QueueBacklog>
  close(): Promise<void>
}
