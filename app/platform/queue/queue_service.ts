import { randomUUID } from 'node:crypto'
import { currentTraceContext, type TraceCarrier } from '#platform/tracing/trace_context'
import type { JobClass, PayloadOf } from '#platform/queue/job'
import type { QueueBackend, RetryOutcome, TaskQuery } from '#platform/queue/backend'
import { QUEUE_NAMES, type QueueName } from '#platform/queue/config'
import {
  parseTaskId,
  taskId,
  TASK_STATES,
  type Task,
  type TaskPage,
  type TaskState,
} from '#platform/queue/task'
import type { PageMeta } from '#platform/http/api_serializer'
import type { WorkerPoolOptions } from '#platform/queue/worker_pool'

export { QUEUE_NAMES, queuePrefix, type QueueName } from '#platform/queue/config'
export {
  parseTaskId,
  taskId,
  TASK_CHANNEL,
  TASK_STATES,
  type Task,
  type TaskState,
} from '#platform/queue/task'
export type { QueueBacklog, RetryOutcome } from '#platform/queue/backend'
export type { WorkerPool, WorkerPoolOptions } from '#platform/queue/worker_pool'
export type { TaskEventListener } from '#platform/queue/task_events'
export {
  backoffDelay,
  default as Job,
  type Backoff,
  type JobClass,
  type JobContext,
  type PayloadOf,
} from '#platform/queue/job'
export { jobRegistry } from '#platform/queue/job_registry'

export interface DispatchOptions {
  /** De-duplicates: while a job with this id exists in its queue, dispatching again adds nothing. */
  jobId?: string
}

export interface TaskFilter {
  state?: TaskState
  queue?: QueueName
  page?: number
  perPage?: number
}

/** BullMQ refuses custom ids that are integers or contain ":" (the task id separator here). */
const JOB_ID = /^(?!\d+$)[\w.-]{1,160}$/

export function assertJobId(jobId: string) {
  if (!JOB_ID.test(jobId))
    throw new Error(
      `Invalid jobId "${jobId}": use letters, digits, ".", "_" or "-" (not only digits)`
    )
}

/**
 * The app's queues (`default`, `mail`), one container singleton. Jobs go to
 * BullMQ when the process uses Redis, else they run in this process (see
 * providers/queue_provider.ts). Task ids read `<queue>:<job id>`.
 */
export default class QueueService {
  /**
   * The in-process backend of a process that switched to Redis: it runs the
   * jobs it held at the switch (waiting, delayed, retrying) to their end and
   * takes no new ones; its tasks stay readable.
   */
  #draining: QueueBackend | null = null

  constructor(private backend: QueueBackend) {}

  get mode() {
    return this.backend.mode
  }

  /**
   * New jobs go to `next` from now on (a development process switching from
   * its in-process queues to BullMQ). Nothing is lost or run twice: the jobs
   * already queued run where they are, and a job id they hold is not added
   * to `next` again.
   */
  switchTo(next: QueueBackend) {
    this.#draining = this.backend
    this.backend = next
  }

  /**
   * Queues a job now and returns its task id; fails while the queue is
   * unreachable. A job caused by a change goes through the outbox instead
   * (OutboxService.dispatch), which survives an outage.
   */
  async dispatch<J extends JobClass>(job: J, payload: PayloadOf<J>, options: DispatchOptions = {}) {
    if (options.jobId !== undefined) assertJobId(options.jobId)
    return this.enqueue(job, payload, options.jobId ?? randomUUID(), currentTraceContext())
  }

  /** Adds the job under `jobId` unless its queue holds a job with that id already (the outbox relay's de-duplication). */
  async enqueue(job: JobClass, payload: unknown, jobId: string, trace: TraceCarrier | null = null) {
    if (await this.#draining?.find(job.queue, jobId)) return taskId(job.queue, jobId)
    return taskId(job.queue, await this.backend.add(job, payload, jobId, trace))
  }

  /** A task of a queue, or one still waiting in the outbox to be relayed (also while the queue is unreachable). */
  async get(id: string): Promise<Task | null> {
    const parsed = parseTaskId(id)
    if (!parsed) return null
    try {
      return (
        (await this.backend.find(parsed.queue, parsed.jobId)) ??
        (await this.#draining?.find(parsed.queue, parsed.jobId)) ??
        (await pendingInOutbox(parsed.queue, parsed.jobId))
      )
    } catch (error) {
      const pending = await pendingInOutbox(parsed.queue, parsed.jobId)
      if (pending) return pending
      throw error
    }
  }

  async list({
    state,
    queue,
    page = 1,
    perPage = 20,
  }: TaskFilter): Promise<{ tasks: Task[]; meta: PageMeta }> {
    const { tasks, total } = await this.#list({
      states: state ? [state] : TASK_STATES,
      queues: queue ? [queue] : QUEUE_NAMES,
      offset: (page - 1) * perPage,
      limit: perPage,
    })
    return {
      tasks,
      meta: { page, perPage, total, lastPage: Math.max(1, Math.ceil(total / perPage)) },
    }
  }

  /** Runs a failed task again with all its attempts (where it ran). */
  async retry(id: string): Promise<RetryOutcome> {
    const parsed = parseTaskId(id)
    if (!parsed) return 'missing'
    const outcome = await this.backend.retry(parsed.queue, parsed.jobId)
    if (outcome !== 'missing' || !this.#draining) return outcome
    return this.#draining.retry(parsed.queue, parsed.jobId)
  }

  /** Jobs per state and the oldest waiting job, of every queue. */
  backlog() {
    return Promise.all(
      QUEUE_NAMES.map(async (queue) => {
        const current = await this.backend.backlog(queue)
        const draining = await this.#draining?.backlog(queue)
        if (!draining) return current
        const oldest = [current.oldestWaitingAt, draining.oldestWaitingAt]
          .filter((at): at is Date => at !== null)
          .sort((a, b) => a.getTime() - b.getTime())[0]
        return {
          queue,
          waiting: current.waiting + draining.waiting,
          active: current.active + draining.active,
          delayed: current.delayed + draining.delayed,
          failed: current.failed + draining.failed,
          oldestWaitingAt: oldest ?? null,
        }
      })
    )
  }

  async close() {
    await Promise.all([this.backend.close(), this.#draining?.close()])
  }

  /** One page of tasks; after a switch, of both backends in the backends' order. */
  async #list(query: TaskQuery): Promise<TaskPage> {
    if (!this.#draining) return this.backend.list(query)
    const upToPage = { ...query, offset: 0, limit: query.offset + query.limit }
    const [current, draining] = await Promise.all([
      this.backend.list(upToPage),
      this.#draining.list(upToPage),
    ])
    const rank = (task: Task) =>
      TASK_STATES.indexOf(task.state) * QUEUE_NAMES.length + QUEUE_NAMES.indexOf(task.queue)
    const tasks = [...current.tasks, ...draining.tasks].sort(
      (a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime()
    )
    return {
      tasks: tasks.slice(query.offset, query.offset + query.limit),
      total: current.total + draining.total,
    }
  }
}

/** A job still waiting in the outbox; imported on use, as the outbox is built on this service. */
async function pendingInOutbox(queue: QueueName, jobId: string) {
  const { pendingOutboxTask } = await import('#platform/outbox/outbox_service')
  return pendingOutboxTask(queue, jobId)
}

/**
 * The backend of the app's queues: BullMQ on Redis, or this process without
 * it. Loaded on demand, so a process loads only the one it uses.
 */
export async function createQueueBackend(redis: boolean): Promise<QueueBackend> {
  if (!redis) {
    const { MemoryBackend } = await import('#platform/queue/memory_backend')
    return new MemoryBackend()
  }
  const { BullBackend } = await import('#platform/queue/bullmq_backend')
  const { queueConnection } = await import('#platform/queue/config')
  return new BullBackend(queueConnection())
}

/** BullMQ workers for some queues (queue:work, the development server); BullMQ's worker loads on first use. */
export async function createWorkerPool(options: WorkerPoolOptions) {
  const { WorkerPool } = await import('#platform/queue/worker_pool')
  return new WorkerPool(options)
}

/** Hands the workers' task events to this process's real-time streams (web and test processes, with Redis). */
export async function startTaskEventListener() {
  const { TaskEventListener } = await import('#platform/queue/task_events')
  const { queueConnection } = await import('#platform/queue/config')
  const listener = new TaskEventListener(queueConnection())
  await listener.start()
  return listener
}
