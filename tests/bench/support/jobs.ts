import { Queue, type JobsOptions } from 'bullmq'
import type pg from 'pg'
import { GatedSmtp } from '#tests/support/gated_smtp'
import { productionEnv, REDIS_DB, redis, SERVER_PORT } from '#tests/bench/support/env'
import { sleep, startWorker, type AppProcess } from '#tests/bench/support/processes'

/** The queue prefix of the bench's jobs (its own keys in the bench's Redis database). */
export const BENCH_QUEUE_PREFIX = 'marquee-bench'

/** Options the app's BullMQ backend gives these jobs (app/jobs: send_mail retries 5 times, bench_noop once). */
export const MAIL_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
}
const NOOP_OPTIONS: JobsOptions = {
  attempts: 1,
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
}

export function benchQueue(name: 'default' | 'mail', connection: { port: number } = redis) {
  return new Queue(name, {
    connection: { ...redis, ...connection, db: Number(REDIS_DB), maxRetriesPerRequest: null },
    prefix: BENCH_QUEUE_PREFIX,
  })
}

export interface JobFigures {
  job: string
  jobs: number
  seconds: number
  jobsPerSecond: number
  failed: number
  /** CPU time (user + system) of the worker process per job while they ran, µs: steadier than jobs/s on a busy machine. */
  cpuUsPerJob: number
  /** For the e-mail job: messages the SMTP sink accepted. */
  delivered?: number
}

/** Resolves when the queue has nothing left to run; rejects after `timeoutMs`. */
export async function drained(queue: Queue, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
    if (Object.values(counts).every((count) => count === 0)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`queue ${queue.name} still had jobs after ${timeoutMs / 1000} s`)
}

/** Queues `count` jobs while the queue is paused, then times the worker from resume until the queue is empty. */
async function timeJobs(
  worker: AppProcess,
  queue: Queue,
  name: string,
  count: number,
  data: (n: number) => unknown,
  options: JobsOptions
): Promise<JobFigures> {
  await queue.obliterate({ force: true })
  await queue.pause()
  const runId = Date.now()
  for (let start = 0; start < count; start += 500) {
    const chunk = Array.from({ length: Math.min(500, count - start) }, (_, i) => start + i)
    await queue.addBulk(
      chunk.map((n) => ({
        name,
        data: data(n),
        opts: { ...options, jobId: `bench-${runId}-${n}` },
      }))
    )
  }
  const started = performance.now()
  const cpuBefore = worker.cpuMs() ?? Number.NaN
  await queue.resume()
  await drained(queue, 180_000)
  const seconds = (performance.now() - started) / 1000
  const cpuMs = (worker.cpuMs() ?? Number.NaN) - cpuBefore
  const { failed } = await queue.getJobCounts('failed')
  return {
    job: name,
    jobs: count,
    seconds: Number(seconds.toFixed(2)),
    jobsPerSecond: Math.round(count / seconds),
    failed,
    cpuUsPerJob: Math.round((cpuMs * 1000) / count),
  }
}

/**
 * BullMQ throughput with one `node ace queue:work` process of the build
 * (default concurrency 5 per queue): `count` no-op jobs, then `mails` e-mail
 * jobs (Edge template, delivery row, SMTP) delivered to a local SMTP sink.
 */
export async function jobThroughput({ count = 5000, mails = 1000 } = {}) {
  const sink = new GatedSmtp()
  await sink.start()
  const queues = { default: benchQueue('default'), mail: benchQueue('mail') }
  let worker: AppProcess | undefined
  try {
    // Jobs the scenarios left (the checkouts' invoice mails) go first, or the worker would send them to the sink.
    await Promise.all(Object.values(queues).map((queue) => queue.obliterate({ force: true })))
    worker = await startWorker(
      productionEnv(SERVER_PORT, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) })
    )
    const noop = await timeJobs(
      worker,
      queues.default,
      'bench_noop',
      count,
      () => ({}),
      NOOP_OPTIONS
    )
    const mail = await timeJobs(
      worker,
      queues.mail,
      'send_mail',
      mails,
      (n) => ({
        mail: 'test',
        data: { to: `bench.${n}@marquee.test`, requestedAt: new Date().toISOString() },
      }),
      MAIL_OPTIONS
    )
    mail.delivered = sink.accepted.filter((message) =>
      message.to.some((address) => address.startsWith('bench.'))
    ).length
    return { worker: { processes: 1, concurrency: 5, mailConcurrency: 20 }, results: [noop, mail] }
  } finally {
    await worker?.stop()
    await Promise.all(
      Object.values(queues).map(async (queue) => {
        await queue.obliterate({ force: true }).catch(() => {})
        await queue.close()
      })
    )
    await sink.stop()
  }
}

export interface MailJob {
  jobId: string
  /** The delivery key of the job's mail_deliveries row (its task id). */
  deliveryKey: string
  to: string
}

/** Queues `count` e-mail jobs (the `test` mail, one distinct recipient each) under ids starting with `label`. */
export async function queueMails(queue: Queue, label: string, count: number): Promise<MailJob[]> {
  const run = `${label}-${Date.now()}`
  const jobs = Array.from({ length: count }, (_, n) => ({
    jobId: `${run}-${n}`,
    deliveryKey: `mail:${run}-${n}`,
    to: `${run}-${n}@marquee.test`,
  }))
  await queue.addBulk(
    jobs.map((job) => ({
      name: 'send_mail',
      data: { mail: 'test', data: { to: job.to, requestedAt: new Date().toISOString() } },
      opts: { ...MAIL_OPTIONS, jobId: job.jobId },
    }))
  )
  return jobs
}

export interface MailOutcome {
  jobs: number
  /** BullMQ jobs completed / failed. */
  completed: number
  failed: number
  /** mail_deliveries rows marked sent. */
  sent: number
  /** Recipients the SMTP sink accepted exactly once / more than once / never. */
  once: number
  duplicated: number
  missing: number
  /** Jobs that ran more than once (taken over after a crash or an outage). */
  rerun: number
  done: boolean
}

/**
 * What became of e-mail jobs: polls until every one is completed or failed in
 * BullMQ and its delivery settled, or `timeoutMs` passed, then counts.
 */
export async function mailOutcome(
  queue: Queue,
  client: pg.Client,
  sink: GatedSmtp,
  jobs: MailJob[],
  timeoutMs: number
): Promise<MailOutcome> {
  const deadline = Date.now() + timeoutMs
  const read = async () => {
    const states = await Promise.all(
      jobs.map((job) => queue.getJobState(job.jobId).catch(() => 'unknown'))
    )
    const { rows } = await client.query(
      `select count(*)::int as sent from mail_deliveries where status = 'sent' and delivery_key = any($1)`,
      [jobs.map((job) => job.deliveryKey)]
    )
    return {
      completed: states.filter((s) => s === 'completed').length,
      failed: states.filter((s) => s === 'failed').length,
      sent: Number(rows[0].sent),
    }
  }
  let counts = await read()
  while (counts.completed + counts.failed < jobs.length && Date.now() < deadline) {
    await sleep(200)
    counts = await read()
  }
  const accepted = jobs.map((job) => sink.to(job.to).length)
  const attempts = await Promise.all(
    jobs.map(async (job) => (await queue.getJob(job.jobId))?.attemptsStarted ?? 0)
  )
  return {
    jobs: jobs.length,
    ...counts,
    once: accepted.filter((n) => n === 1).length,
    duplicated: accepted.filter((n) => n > 1).length,
    missing: accepted.filter((n) => n === 0).length,
    rerun: attempts.filter((n) => n > 1).length,
    done: counts.completed === jobs.length,
  }
}

/** Whether every job completed, its delivery was marked sent and the sink got its message exactly once. */
export const exactlyOnce = (outcome: MailOutcome) =>
  outcome.done &&
  outcome.failed === 0 &&
  outcome.sent === outcome.jobs &&
  outcome.once === outcome.jobs

export const describeOutcome = (outcome: MailOutcome) =>
  `${outcome.completed}/${outcome.jobs} completed, ${outcome.failed} failed, ${outcome.sent} deliveries marked sent; SMTP sink: ${outcome.once} delivered once, ${outcome.duplicated} more than once, ${outcome.missing} never; ${outcome.rerun} jobs ran again after the fault`
