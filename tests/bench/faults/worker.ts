/*
| Fault: a worker killed (SIGKILL) in the middle of its jobs. One `queue:work`
| process takes e-mail jobs; the SMTP sink holds the messages, so each running
| job is inside its SMTP exchange (its delivery row written, status
| `sending`) when the worker dies, and the half-sent messages are dropped, as
| a real server drops a message it never acknowledged. A new worker must take
| the jobs over once their locks expire, and every job must end completed,
| its delivery marked sent and its message delivered exactly once.
| Own queue prefix on the bench's Redis database.
*/
import { Queue } from 'bullmq'
import { GatedSmtp } from '#tests/support/gated_smtp'
import { benchDb } from '#tests/bench/support/prepare'
import { productionEnv, REDIS_DB, redis, SERVER_PORT, step } from '#tests/bench/support/env'
import { startWorker } from '#tests/bench/support/processes'
import { describeOutcome, exactlyOnce, mailOutcome, queueMails } from '#tests/bench/support/jobs'

const PREFIX = 'marquee-fault-worker'
const JOBS = 12
const CONCURRENCY = 5
/** Lock of a running job; the new worker takes a dead worker's jobs over after it. */
const LOCK_MS = 3000

export async function workerFault() {
  step(
    `Fault: a queue:work process SIGKILLed with ${CONCURRENCY} e-mail jobs in the middle of SMTP, then a new worker`
  )
  const sink = new GatedSmtp()
  await sink.start()
  const env = productionEnv(SERVER_PORT, {
    QUEUE_PREFIX: PREFIX,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
  })
  const args = [
    '--queue',
    'mail',
    '--concurrency',
    String(CONCURRENCY),
    '--lock-duration',
    String(LOCK_MS),
    '--stalled-interval',
    '1000',
  ]
  const queue = new Queue('mail', {
    connection: { ...redis, db: Number(REDIS_DB), maxRetriesPerRequest: null },
    prefix: PREFIX,
  })
  const client = await benchDb()
  await queue.obliterate({ force: true })
  const first = await startWorker(env, args, 'worker 1')
  let second: Awaited<ReturnType<typeof startWorker>> | undefined
  try {
    sink.hold()
    const jobs = await queueMails(queue, 'fault-worker', JOBS)
    await first.waitFor(
      `${CONCURRENCY} messages in the middle of their SMTP exchange`,
      () => sink.held >= CONCURRENCY
    )
    const sending = await client.query(
      `select count(*)::int as n from mail_deliveries where status = 'sending' and delivery_key = any($1)`,
      [jobs.map((job) => job.deliveryKey)]
    )
    const active = await queue.getActiveCount()
    await first.stop('SIGKILL')
    const killedAt = Date.now()
    // The half-sent messages go when the dead worker's SMTP connections close.
    await waitUntil(() => sink.held === 0, 5000)
    console.log(
      `  worker 1 killed with ${active} jobs active, ${sending.rows[0].n} deliveries 'sending', ${sink.accepted.length} messages accepted before the kill`
    )
    sink.release()

    second = await startWorker(env, args, 'worker 2')
    const outcome = await mailOutcome(queue, client, sink, jobs, 30_000)
    const settledMs = Date.now() - killedAt
    console.log(
      `  worker 2: ${describeOutcome(outcome)} (${(settledMs / 1000).toFixed(1)} s after the kill; locks ${LOCK_MS / 1000} s)`
    )
    const pass =
      exactlyOnce(outcome) &&
      outcome.rerun >= CONCURRENCY &&
      Number(sending.rows[0].n) >= CONCURRENCY
    console.log(`  verdict: worker fault ${pass ? 'PASS' : 'FAIL'}`)
    return pass
  } finally {
    await first.stop()
    await second?.stop()
    await queue.obliterate({ force: true }).catch(() => {})
    await queue.close()
    await client.end()
    await sink.stop()
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  return check()
}
