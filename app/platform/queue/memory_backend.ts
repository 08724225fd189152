import logger from '@adonisjs/core/services/logger'
import { backoffDelay, type JobClass } from '#platform/queue/job'
import type { QueueBacklog, QueueBackend, RetryOutcome, TaskQuery } from '#platform/queue/backend'
import { QUEUE_NAMES, type QueueName } from '#platform/queue/config'
import { runJob } from '#platform/queue/run_job'
import type { TraceCarrier } from '#platform/tracing/trace_context'
import { percent, taskId, TASK_STATES, type Task, type TaskPage } from '#platform/queue/task'
import { announceTask } from '#platform/queue/task_events'

interface MemoryTask extends Task {
  job: JobClass
  trace: TraceCarrier | null
  payload: unknown
}

/** Finished tasks kept for the tasks API; older ones are forgotten. */
const KEEP_FINISHED = 1000

/**
 * Runs jobs in this process when Redis is absent (development only; production
 * refuses to boot without Redis): same job classes, attempts and backoff,
 * tasks readable over the API until the process exits. Nothing survives a restart.
 */
export class MemoryBackend implements QueueBackend {
  readonly mode = 'in-process'
  #tasks = new Map<string, MemoryTask>()
  #timers = new Set<NodeJS.Timeout>()
  #running = new Set<Promise<void>>()
  #closed = false

  async add(job: JobClass, payload: unknown, jobId: string, trace: TraceCarrier | null) {
    const id = taskId(job.queue, jobId)
    if (this.#tasks.has(id)) return jobId
    const task: MemoryTask = {
      id,
      queue: job.queue,
      name: job.jobName,
      state: 'waiting',
      progress: 0,
      result: null,
      error: null,
      attempts: 0,
      maxAttempts: job.attempts,
      createdAt: new Date(),
      startedAt: null,
      finishedAt: null,
      job,
      trace,
      // The payload goes through JSON as it would through Redis.
      payload: JSON.parse(JSON.stringify(payload ?? null)),
    }
    this.#tasks.set(id, task)
    this.#forgetOldFinished()
    this.#schedule(task, 0)
    return jobId
  }

  async find(queue: string, jobId: string) {
    const task = this.#tasks.get(`${queue}:${jobId}`)
    return task ? this.#view(task) : null
  }

  async list({ states, queues, offset, limit }: TaskQuery): Promise<TaskPage> {
    const rank = (task: Task) =>
      TASK_STATES.indexOf(task.state) * QUEUE_NAMES.length + QUEUE_NAMES.indexOf(task.queue)
    const matching = [...this.#tasks.values()]
      .filter((task) => states.includes(task.state) && queues.includes(task.queue))
      .sort((a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime())
    return {
      tasks: matching.slice(offset, offset + limit).map((task) => this.#view(task)),
      total: matching.length,
    }
  }

  async retry(queue: string, jobId: string): Promise<RetryOutcome> {
    const task = this.#tasks.get(`${queue}:${jobId}`)
    if (!task) return 'missing'
    if (task.state !== 'failed') return 'not_failed'
    Object.assign(task, {
      attempts: 0,
      progress: 0,
      error: null,
      result: null,
      startedAt: null,
      finishedAt: null,
    })
    this.#schedule(task, 0)
    return 'retried'
  }

  async backlog(queue: QueueName): Promise<QueueBacklog> {
    const tasks = [...this.#tasks.values()].filter((task) => task.queue === queue)
    const count = (state: Task['state']) => tasks.filter((task) => task.state === state).length
    const waiting = tasks
      .filter((task) => task.state === 'waiting')
      .map((task) => task.createdAt.getTime())
    return {
      queue,
      waiting: waiting.length,
      active: count('active'),
      delayed: count('delayed'),
      failed: count('failed'),
      oldestWaitingAt: waiting.length ? new Date(Math.min(...waiting)) : null,
    }
  }

  async close() {
    this.#closed = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    await Promise.all(this.#running)
  }

  #schedule(task: MemoryTask, delay: number) {
    if (this.#closed) return
    task.state = delay > 0 ? 'delayed' : 'waiting'
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      const run = this.#run(task).finally(() => this.#running.delete(run))
      this.#running.add(run)
    }, delay)
    this.#timers.add(timer)
  }

  async #run(task: MemoryTask) {
    task.state = 'active'
    task.attempts += 1
    task.startedAt = new Date()
    announceTask(task.id, task.state, task.progress)
    const ctx = {
      taskId: task.id,
      attempt: task.attempts,
      progress: async (value: number) => {
        task.progress = percent(value)
        announceTask(task.id, task.state, task.progress)
      },
    }
    try {
      task.result = await runJob(task.job, task.payload, ctx, task.trace)
      Object.assign(task, {
        state: 'completed',
        progress: 100,
        error: null,
        finishedAt: new Date(),
      })
    } catch (error) {
      task.error = error instanceof Error ? error.message : String(error)
      if (task.attempts < task.maxAttempts && !this.#closed) {
        this.#schedule(task, backoffDelay(task.job.backoff, task.attempts))
        announceTask(task.id, task.state, task.progress)
        return
      }
      Object.assign(task, { state: 'failed', finishedAt: new Date() })
      logger.warn({ err: error, task: task.id }, 'job failed after its last attempt')
    }
    announceTask(task.id, task.state, task.progress)
  }

  #view(task: MemoryTask): Task {
    const { job, payload, trace, ...view } = task
    return { ...view }
  }

  #forgetOldFinished() {
    const finished = [...this.#tasks.values()].filter(
      (task) => task.state === 'completed' || task.state === 'failed'
    )
    for (const task of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.#tasks.delete(task.id)
  }
}
