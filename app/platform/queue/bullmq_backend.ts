import { Queue, type Job as BullJob, type JobType, type RedisOptions } from 'bullmq'
import AppException from '#exceptions/app_exception'
import type { JobClass } from '#platform/queue/job'
import type { TraceCarrier } from '#platform/tracing/trace_context'
import { withTrace } from '#platform/queue/traced_payload'
import type { QueueBacklog, QueueBackend, RetryOutcome, TaskQuery } from '#platform/queue/backend'
import { queuePrefix, RETENTION, type QueueName } from '#platform/queue/config'
import {
  percent,
  taskId,
  TASK_STATES,
  type Task,
  type TaskPage,
  type TaskState,
} from '#platform/queue/task'
import { withTimeout } from '#platform/runtime/with_timeout'
import { reportConnectionError } from '#platform/runtime/quiet_errors'

/** Longest wait for a queue's first connection to Redis. */
const CONNECT_TIMEOUT_MS = 2000

/** BullMQ job types behind each task state. */
const JOB_TYPES: Record<TaskState, JobType[]> = {
  active: ['active'],
  waiting: ['waiting', 'prioritized', 'waiting-children'],
  delayed: ['delayed'],
  failed: ['failed'],
  completed: ['completed'],
}

function stateOf(state: string): TaskState | null {
  if (state === 'active' || state === 'delayed' || state === 'failed' || state === 'completed')
    return state
  if (state === 'waiting' || state === 'prioritized' || state === 'waiting-children')
    return 'waiting'
  return null
}

function toTask(queue: QueueName, job: BullJob, state: TaskState): Task {
  const finished = state === 'completed' || state === 'failed'
  return {
    id: taskId(queue, job.id!),
    queue,
    name: job.name,
    state,
    progress: state === 'completed' ? 100 : percent(job.progress),
    result: job.returnvalue ?? null,
    error: state === 'completed' ? null : job.failedReason || null,
    attempts: job.attemptsStarted,
    maxAttempts: job.opts.attempts ?? 1,
    createdAt: new Date(job.timestamp),
    startedAt: job.processedOn ? new Date(job.processedOn) : null,
    finishedAt: finished && job.finishedOn ? new Date(job.finishedOn) : null,
  }
}

function unavailable(queue: QueueName, reason: string) {
  return new AppException(
    503,
    'E_QUEUE_UNAVAILABLE',
    `The ${queue} queue is unreachable: ${reason}`
  )
}

/** One BullMQ queue per queue name, created on first use. */
export class BullBackend implements QueueBackend {
  readonly mode = 'redis'
  #queues = new Map<QueueName, Queue>()
  /** Queues whose first connection to Redis did not become ready in time (and still has not). */
  #neverConnected = new Set<QueueName>()

  constructor(
    private connection: RedisOptions,
    private prefix = queuePrefix()
  ) {}

  /**
   * The queue, once its connection is ready. Producers fail fast while Redis
   * is unreachable instead of holding the request: commands are not queued
   * offline, and a queue first used during an outage (its connection never
   * became ready) gives up after CONNECT_TIMEOUT_MS.
   */
  private async queue(name: QueueName) {
    let queue = this.#queues.get(name)
    if (!queue) {
      queue = new Queue(name, {
        connection: { ...this.connection, enableOfflineQueue: false },
        prefix: this.prefix,
      })
      queue.on('error', (error) => reportConnectionError(`queue ${name}`, error))
      queue.waitUntilReady().then(
        () => this.#neverConnected.delete(name),
        () => {}
      )
      this.#queues.set(name, queue)
    }
    // After one wait ran out, the next callers fail at once until the first connection succeeds.
    if (this.#neverConnected.has(name)) throw unavailable(name, 'Redis did not answer')
    try {
      await withTimeout(queue.waitUntilReady(), CONNECT_TIMEOUT_MS)
    } catch (error) {
      this.#neverConnected.add(name)
      throw unavailable(name, (error as Error).message)
    }
    return queue
  }

  async add(job: JobClass, payload: unknown, jobId: string, trace: TraceCarrier | null) {
    const queue = await this.queue(job.queue)
    const added = await queue.add(job.jobName, withTrace(payload, trace), {
      jobId,
      attempts: job.attempts,
      backoff: job.backoff,
      removeOnComplete: RETENTION.completed,
      removeOnFail: RETENTION.failed,
    })
    return added.id!
  }

  async find(queue: QueueName, jobId: string) {
    const bull = await this.queue(queue)
    const job = await bull.getJob(jobId)
    if (!job) return null
    const state = stateOf(await job.getState())
    if (!state) return null
    // The job may have finished between the two reads: read it again so its result matches the state.
    const settled =
      (state === 'completed' || state === 'failed') && !job.finishedOn
        ? await bull.getJob(jobId)
        : job
    return toTask(queue, settled ?? job, state)
  }

  /** Counts each (state, queue) segment, then reads only the ranges the page covers. */
  async list({ states, queues, offset, limit }: TaskQuery): Promise<TaskPage> {
    const types = [...new Set(states.flatMap((state) => JOB_TYPES[state]))]
    const counts = await Promise.all(
      queues.map(async (name) => {
        const queue = await this.queue(name)
        return queue.getJobCounts(...types)
      })
    )
    const segments = TASK_STATES.filter((state) => states.includes(state)).flatMap((state) =>
      queues.flatMap((queue, index) =>
        JOB_TYPES[state].map((type) => ({ state, queue, type, count: counts[index][type] ?? 0 }))
      )
    )

    const tasks: Task[] = []
    let skip = offset
    let wanted = limit
    for (const segment of segments) {
      if (wanted <= 0) break
      if (skip >= segment.count) {
        skip -= segment.count
        continue
      }
      const end = Math.min(segment.count, skip + wanted) - 1
      const queue = await this.queue(segment.queue)
      const jobs = await queue.getJobs([segment.type], skip, end, false)
      tasks.push(...jobs.map((job) => toTask(segment.queue, job, segment.state)))
      wanted -= end - skip + 1
      skip = 0
    }
    return { tasks, total: segments.reduce((sum, segment) => sum + segment.count, 0) }
  }

  async retry(queue: QueueName, jobId: string): Promise<RetryOutcome> {
    const bullQueue = await this.queue(queue)
    const job = await bullQueue.getJob(jobId)
    if (!job) return 'missing'
    if ((await job.getState()) !== 'failed') return 'not_failed'
    try {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true })
    } catch {
      // Another request retried it first.
      return 'not_failed'
    }
    return 'retried'
  }

  async backlog(name: QueueName): Promise<QueueBacklog> {
    const queue = await this.queue(name)
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed')
    const [oldest] = await queue.getJobs(['waiting', 'prioritized'], 0, 0, true)
    return {
      queue: name,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      oldestWaitingAt: oldest ? new Date(oldest.timestamp) : null,
    }
  }

  async close() {
    const queues = [...this.#queues.values()]
    this.#queues.clear()
    await Promise.all(queues.map((queue) => queue.close()))
  }
}
