import { UnrecoverableError, Worker, type Job as BullJob } from 'bullmq'
import logger from '@adonisjs/core/services/logger'
import { jobRegistry } from '#platform/queue/job_registry'
import { queuePrefix, queueConnection, type QueueName } from '#platform/queue/config'
import { runJob } from '#platform/queue/run_job'
import { splitTrace } from '#platform/queue/traced_payload'
import { percent, taskId } from '#platform/queue/task'
import { TaskEventPublisher } from '#platform/queue/task_events'
import { jobLogger } from '#platform/queue/job_log'
import { probeRedis } from '#platform/runtime/redis_probe'
import { reportConnectionError } from '#platform/runtime/quiet_errors'

export interface WorkerPoolOptions {
  queues: readonly QueueName[]
  /** Jobs run at the same time, per queue. */
  concurrency: number
  /** Jobs of the mail queue run at the same time (default: `concurrency`). */
  mailConcurrency?: number
  /** Milliseconds a job stays locked to a worker that stops renewing the lock (crashed); then another worker takes it over. */
  lockDuration?: number
  /** Milliseconds between checks for jobs whose worker died. */
  stalledInterval?: number
}

function processor(queue: QueueName, events: TaskEventPublisher) {
  return async (job: BullJob) => {
    const jobClass = jobRegistry.find(job.name)
    if (!jobClass) throw new UnrecoverableError(`No job class is registered as "${job.name}"`)
    const id = taskId(queue, job.id!)
    const { payload, trace } = splitTrace(job.data)
    return runJob(
      jobClass,
      payload,
      {
        taskId: id,
        attempt: job.attemptsStarted,
        progress: async (value) => {
          await job.updateProgress(percent(value))
          events.announce(id, 'active', percent(value))
        },
      },
      trace
    )
  }
}

/**
 * A BullMQ worker that takes no job once it is paused or closing. BullMQ's
 * own fetch moves a job to active when its blocking wait returns, even if the
 * worker was paused or began closing during that wait; this check closes
 * that window.
 */
export class StoppableWorker extends Worker {
  protected override async moveToActive(token: string, name?: string) {
    // Undefined is what BullMQ's fetch yields when no job is there.
    if (this.paused || this.closing) return undefined as unknown as BullJob
    return super.moveToActive(token, name)
  }
}

/** Milliseconds the job's last attempt ran. */
const tookMs = (job: BullJob) =>
  job.processedOn ? (job.finishedOn ?? Date.now()) - job.processedOn : 0

/** BullMQ workers for some queues, running the job classes of app/jobs/registry.ts; one log line per finished attempt. */
export class WorkerPool {
  #workers: Worker[] = []
  #events: TaskEventPublisher | null = null

  constructor(private options: WorkerPoolOptions) {}

  async start() {
    const { queues, concurrency, mailConcurrency, lockDuration, stalledInterval } = this.options
    const events = new TaskEventPublisher(queueConnection())
    this.#events = events
    // Without Redis the workers below fail to start anyway; the publisher reconnects by itself.
    await events.connect().catch((error) => reportConnectionError('task events', error))
    const jobLog = jobLogger()
    this.#workers = queues.map((queue) => {
      const worker = new StoppableWorker(queue, processor(queue, events), {
        connection: queueConnection(),
        prefix: queuePrefix(),
        concurrency: queue === 'mail' ? (mailConcurrency ?? concurrency) : concurrency,
        ...(lockDuration ? { lockDuration } : {}),
        ...(stalledInterval ? { stalledInterval } : {}),
      })
      worker.on('error', (error) => reportConnectionError(`queue worker ${queue}`, error))
      // Watchers of a task (SSE channel tasks/<id>) hear when it starts, progresses and ends.
      worker.on('active', (job) =>
        events.announce(taskId(queue, job.id!), 'active', percent(job.progress))
      )
      worker.on('completed', (job) => {
        jobLog.info(
          {
            job: job.name,
            task: taskId(queue, job.id!),
            durationMs: tookMs(job),
            outcome: 'completed',
          },
          `job ${job.name} ${taskId(queue, job.id!)} completed in ${tookMs(job)} ms`
        )
        events.announce(taskId(queue, job.id!), 'completed', 100)
      })
      worker.on('failed', (job, error) => {
        const outcome = job?.finishedOn ? 'failed' : 'will retry'
        jobLog.warn(
          {
            job: job?.name,
            task: job?.id && taskId(queue, job.id),
            durationMs: job ? tookMs(job) : null,
            outcome,
            attempt: job?.attemptsStarted,
            error: error.message,
          },
          `job ${job?.name} ${job?.id && taskId(queue, job.id)} ${outcome} after ${job ? tookMs(job) : '?'} ms: ${error.message}`
        )
        // finishedOn is set only when the last attempt failed; otherwise the job waits for its next attempt.
        if (job?.id)
          events.announce(
            taskId(queue, job.id),
            job.finishedOn ? 'failed' : job.delay > 0 ? 'delayed' : 'waiting',
            percent(job.progress)
          )
      })
      worker.on('stalled', (jobId) =>
        logger.warn({ task: taskId(queue, jobId) }, 'job of a dead worker taken over')
      )
      return worker
    })
    await Promise.all(this.#workers.map((worker) => worker.waitUntilReady()))
  }

  /**
   * Stops taking jobs, waits for the running ones, then disconnects. The
   * workers are paused first (no Redis call), so nothing is taken while the
   * rest runs. BullMQ's graceful close waits for Redis to answer, so while
   * Redis is down it would hold the process until Redis returns: then the
   * workers close at once instead. A job still running could not record its
   * outcome anyway, and it is taken over once Redis is back (delivery is at
   * least once). `onClosing` runs once the workers take no new job. With
   * `graceMs`, jobs still running after that long are left to be taken over
   * (the development server must stop within seconds whatever it runs).
   */
  async close(onClosing?: () => void, graceMs?: number) {
    const workers = this.#workers
    const events = this.#events
    this.#workers = []
    this.#events = null
    await Promise.all(workers.map((worker) => worker.pause(true)))
    onClosing?.()
    if (workers.length === 0) return void (await events?.close(false))
    const connection = queueConnection()
    const reachable = await probeRedis({
      host: connection.host ?? '127.0.0.1',
      port: connection.port ?? 6379,
    })
    try {
      await this.#closeWorkers(workers, reachable, graceMs)
    } finally {
      // The last jobs' events go out before the publisher disconnects.
      await events?.close(reachable)
    }
  }

  async #closeWorkers(workers: Worker[], reachable: boolean, graceMs?: number) {
    if (!reachable)
      logger.warn(
        'stopping: Redis is unreachable, not waiting for running jobs (they run again once it is back)'
      )
    const closed = Promise.all(workers.map((worker) => worker.close(!reachable)))
    if (graceMs === undefined || !reachable) return void (await closed)
    let timer: NodeJS.Timeout | undefined
    const late = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs))),
    ])
    clearTimeout(timer)
    if (!late) return
    logger.warn(
      `stopping: jobs still running after ${graceMs} ms are left to another worker (they run again)`
    )
    // The graceful close still waits for those jobs; cutting the connections ends it.
    await Promise.all(workers.map((worker) => worker.disconnect()))
  }
}
