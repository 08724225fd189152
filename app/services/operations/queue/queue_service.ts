import { randomUUID } from 'node:crypto'
import type { JobClass, PayloadOf } from '#jobs/job'
import type { QueueBackend, RetryOutcome } from '#services/operations/queue/backend'
import { QUEUE_NAMES, type QueueName } from '#services/operations/queue/config'
import { parseTaskId, taskId, TASK_STATES, type Task, type TaskState } from '#services/operations/queue/task'
import type { PageMeta } from '#services/http/api_serializer'

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

  /** Queues a job and returns its task id. */
  async dispatch<J extends JobClass>(job: J, payload: PayloadOf<J>, options: DispatchOptions = {}) {
    if (options.jobId !== undefined && !JOB_ID.test(options.jobId)) {
      throw new Error(`Invalid jobId "${options.jobId}": use letters, digits, ".", "_" or "-" (not only digits)`)
    }
    const jobId = await this.backend.add(job, payload, options.jobId ?? randomUUID())
    return taskId(job.queue, jobId)
  }

  async get(id: string): Promise<Task | null> {
    const parsed = parseTaskId(id)
    return parsed ? this.backend.find(parsed.queue, parsed.jobId) : null
  }

  async list({ state, queue, page = 1, perPage = 20 }: TaskFilter): Promise<{ tasks: Task[]; meta: PageMeta }> {
    const { tasks, total } = await this.backend.list({
      states: state ? [state] : TASK_STATES,
      queues: queue ? [queue] : QUEUE_NAMES,
      offset: (page - 1) * perPage,
      limit: perPage,
    })
    return { tasks, meta: { page, perPage, total, lastPage: Math.max(1, Math.ceil(total / perPage)) } }
  }

  /** Runs a failed task again with all its attempts. */
  async retry(id: string): Promise<RetryOutcome> {
    const parsed = parseTaskId(id)
    return parsed ? this.backend.retry(parsed.queue, parsed.jobId) : 'missing'
  }

  close() {
    return this.backend.close()
  }
}
