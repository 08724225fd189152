import { randomUUID } from 'node:crypto'
import { currentTraceContext, type TraceCarrier } from '#platform/tracing/trace_context'
import type { JobClass, PayloadOf } from '#jobs/job'
import type { QueueBackend, RetryOutcome } from '#platform/queue/backend'
import { QUEUE_NAMES, type QueueName } from '#platform/queue/config'
import { parseTaskId, taskId, TASK_STATES, type Task, type TaskState } from '#platform/queue/task'
import type { PageMeta } from '#platform/http/api_serializer'
import { pendingOutboxTask } from '#platform/outbox/outbox_rows'

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
 * BullMQ when Redis answered at boot, else they run in this process
 * (see providers/queue_provider.ts). Task ids read `<queue>:<job id>`.
 */
export default class QueueService {
  constructor(private backend: QueueBackend) {}

  get mode() {
    return this.backend.mode
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
    return taskId(job.queue, await this.backend.add(job, payload, jobId, trace))
  }

  /** A task of a queue, or one still waiting in the outbox to be relayed (also while the queue is unreachable). */
  async get(id: string): Promise<Task | null> {
    const parsed = parseTaskId(id)
    if (!parsed) return null
    try {
      return (
        (await this.backend.find(parsed.queue, parsed.jobId)) ??
        (await pendingOutboxTask(parsed.queue, parsed.jobId))
      )
    } catch (error) {
      const pending = await pendingOutboxTask(parsed.queue, parsed.jobId)
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
    const { tasks, total } = await this.backend.list({
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

  /** Runs a failed task again with all its attempts. */
  async retry(id: string): Promise<RetryOutcome> {
    const parsed = parseTaskId(id)
    return parsed ? this.backend.retry(parsed.queue, parsed.jobId) : 'missing'
  }

  /** Jobs per state and the oldest waiting job, of every queue. */
  backlog() {
    return Promise.all(QUEUE_NAMES.map((queue) => this.backend.backlog(queue)))
  }

  close() {
    return this.backend.close()
  }
}
