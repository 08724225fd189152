/*
| Topology: the production process model on one PostgreSQL database and one
| Redis database (the bench's, with a queue prefix of its own): two web
| processes, two queue workers, one scheduler (`schedule:work`), plus two
| `schedule:run` ticks at once as two servers' cron lines would start them.
| - traffic through both web processes (logins, reads, test e-mails);
| - an SSE subscriber on web 1 receives a broadcast made through web 2;
| - every scheduled task ran at most once per due time (batch_runs);
| - a worker killed with SIGKILL in the middle of e-mail jobs loses none: the
|   other worker takes them over and each is delivered exactly once (the
|   other one is restarted around the kill, so the jobs are the killed one's);
| - web 2 given SIGTERM with requests in flight and an SSE stream open
|   answers the requests, ends the stream and exits within 10 s.
*/
import { randomBytes, randomUUID } from 'node:crypto'
import { GatedSmtp } from '#tests/support/gated_smtp'
import { openStream } from '#tests/support/sse'
import { benchDb } from '#tests/bench/support/prepare'
import {
  ACCOUNTS,
  productionEnv,
  REDIS_DB,
  redis,
  SERVER_PORT,
  step,
} from '#tests/bench/support/env'
import { AppProcess, sleep, startServer, startWorker } from '#tests/bench/support/processes'
import { call, login } from '#tests/bench/support/api'
import { describeOutcome, exactlyOnce, mailOutcome, type MailJob } from '#tests/bench/support/jobs'
import { Queue } from 'bullmq'

const PREFIX = 'marquee-topology'
const MAILS = 10
const CONCURRENCY = 3
const LOCK_MS = 3000

export async function topologyFault() {
  step(
    'Topology: 2 web processes, 2 workers, 1 scheduler (+2 cron ticks at once) on one PostgreSQL and one Redis'
  )
  const started = Date.now()
  const sink = new GatedSmtp()
  await sink.start()
  const shared = {
    QUEUE_PREFIX: PREFIX,
    APP_KEY: randomBytes(32).toString('hex'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
  }
  const env = (port: number) => productionEnv(port, shared)
  const client = await benchDb()
  const queue = new Queue('mail', {
    connection: { ...redis, db: Number(REDIS_DB), maxRetriesPerRequest: null },
    prefix: PREFIX,
  })
  const processes: AppProcess[] = []
  const workerArgs = [
    '--queue',
    'mail,default',
    '--concurrency',
    String(CONCURRENCY),
    '--lock-duration',
    String(LOCK_MS),
    '--stalled-interval',
    '1000',
  ]
  try {
    const [web1, web2] = await Promise.all([
      startServer(env(SERVER_PORT + 10), 'web 1'),
      startServer(env(SERVER_PORT + 11), 'web 2'),
    ])
    const [worker1, worker2] = await Promise.all([
      startWorker(env(0), workerArgs, 'worker 1'),
      startWorker(env(0), workerArgs, 'worker 2'),
    ])
    const scheduler = new AppProcess('scheduler', ['ace.js', 'schedule:work'], {
      ...env(0),
      LOG_LEVEL: 'info',
    })
    processes.push(web1, web2, worker1, worker2, scheduler)
    const bootMs = Date.now() - started

    // Traffic through both web processes.
    const admin1 = await login(web1.base, ACCOUNTS.admin.email, ACCOUNTS.admin.password)
    const admin2 = await login(web2.base, ACCOUNTS.admin.email, ACCOUNTS.admin.password)
    const statuses: Record<string, number> = {}
    await Promise.all(
      Array.from({ length: 40 }, async (_, n) => {
        const [base, token] = n % 2 ? [web1.base, admin1] : [web2.base, admin2]
        const { status } = await call(
          base,
          'GET',
          n % 4 < 2 ? '/api/v1/admin/dashboard/stats' : '/health/ready',
          { token }
        )
        statuses[status] = (statuses[status] ?? 0) + 1
      })
    )
    const trafficOk = Object.keys(statuses).every((status) => status === '200')

    // SSE: subscribed on web 1, broadcast through web 2.
    const me = await call(web1.base, 'GET', '/api/v1/auth/me', { token: admin1 })
    const adminId = me.body.data.id
    const stream = await openStream(web1.base, admin1)
    await stream.subscribe(`users/${adminId}`)
    const message = `topology ${randomUUID()}`
    const sseStarted = Date.now()
    let sseMs: number | null = null
    for (let attempt = 0; attempt < 20 && sseMs === null; attempt++) {
      await call(web2.base, 'POST', '/api/v1/admin/test/broadcast', {
        token: admin2,
        body: { userId: adminId, message },
      })
      sseMs = await stream
        .next((m) => m.payload?.data?.message === message, 1000)
        .then(() => Date.now() - sseStarted)
        .catch(() => null)
    }
    stream.close()

    // Two cron ticks at once, beside the running schedule:work.
    await Promise.all(
      [1, 2].map(
        (n) =>
          new Promise<void>((resolve) =>
            new AppProcess(`cron tick ${n}`, ['ace.js', 'schedule:run'], env(0)).child.once(
              'exit',
              () => resolve()
            )
          )
      )
    )
    await scheduler
      .waitFor(
        'a first tick',
        () => /scheduler started/.test(scheduler.output) && /\(due /.test(scheduler.output),
        60_000
      )
      .catch(() => {})
    const { rows: duplicates } = await client.query(
      `select task, scheduled_for, count(*)::int as runs from batch_runs where trigger = 'schedule' and scheduled_for is not null group by task, scheduled_for having count(*) > 1`
    )
    const { rows: recent } = await client.query(
      `select count(*)::int as n from batch_runs where trigger = 'schedule' and started_at > now() - interval '10 minutes'`
    )

    // A worker SIGKILLed with e-mail jobs in the middle of SMTP; the other worker (restarted, so the jobs are surely the first one's) takes them over.
    await worker2.stop('SIGTERM')
    sink.hold()
    const jobs: MailJob[] = []
    for (let n = 0; n < MAILS; n++) {
      const to = `topology-${Date.now()}-${n}@marquee.test`
      const { status, body } = await call(
        n % 2 ? web1.base : web2.base,
        'POST',
        '/api/v1/admin/test/mail',
        { token: n % 2 ? admin1 : admin2, body: { email: to } }
      )
      if (status !== 202)
        throw new Error(`POST /api/v1/admin/test/mail answered ${status}: ${JSON.stringify(body)}`)
      jobs.push({
        jobId: body.data.taskId.slice('mail:'.length),
        deliveryKey: body.data.taskId,
        to,
      })
    }
    await worker1.waitFor('e-mails in the middle of SMTP', () => sink.held >= 2)
    await worker1.stop('SIGKILL')
    // The dead worker's half-sent messages are dropped (never acknowledged), as a real SMTP server drops them.
    const dropDeadline = Date.now() + 10_000
    while (sink.held > 0 && Date.now() < dropDeadline) await sleep(50)
    sink.release()
    const worker3 = await startWorker(env(0), workerArgs, 'worker 2 (restarted)')
    processes.push(worker3)
    const outcome = await mailOutcome(queue, client, sink, jobs, 60_000)

    // web 2 stopped with requests in flight and a stream open.
    const open = await openStream(web2.base, admin2)
    // Refused connections (sent after the server stopped listening) were never in flight; a reset or a 5xx of an accepted one is a failure.
    const inFlight = Array.from({ length: 20 }, () =>
      fetch(`${web2.base}/api/v1/admin/dashboard/stats`, {
        headers: { authorization: `Bearer ${admin2}` },
      }).then(
        (response) => response.status,
        (error) => {
          const code =
            (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
          return code === 'ECONNREFUSED' ? 'refused' : String(code)
        }
      )
    )
    await sleep(20)
    const stopStarted = Date.now()
    const stopping = web2.stop('SIGTERM', 10_000)
    const answered = await Promise.all(inFlight)
    await stopping
    const stopMs = Date.now() - stopStarted
    open.close()
    const accepted = answered.filter((status) => status !== 'refused')
    const inFlightOk = accepted.length > 0 && accepted.every((status) => status === 200)
    const stoppedInTime = stopMs < 10_000 && web2.child.signalCode !== 'SIGKILL'

    console.log(
      `  processes up in ${bootMs} ms · traffic through both web processes: ${JSON.stringify(statuses)}`
    )
    console.log(
      `  SSE: subscriber on web 1 got the broadcast made through web 2: ${sseMs !== null ? `yes, ${sseMs} ms` : 'NO'}`
    )
    console.log(
      `  scheduler: ${recent[0].n} scheduled runs recorded in the last 10 minutes; due times run more than once: ${duplicates.length}`
    )
    console.log(`  worker 1 SIGKILLed mid-SMTP: ${describeOutcome(outcome)}`)
    console.log(
      `  web 2 SIGTERM: ${accepted.filter((s) => s === 200).length}/${accepted.length} accepted requests answered 200 (others: ${JSON.stringify(accepted.filter((s) => s !== 200))}; ${answered.length - accepted.length} refused after it stopped listening), exited in ${stopMs} ms with an SSE stream open (${web2.child.signalCode ?? `code ${web2.child.exitCode}`})`
    )
    const pass =
      trafficOk &&
      sseMs !== null &&
      duplicates.length === 0 &&
      Number(recent[0].n) > 0 &&
      exactlyOnce(outcome) &&
      inFlightOk &&
      stoppedInTime
    console.log(
      `  verdict: topology fault ${pass ? 'PASS' : 'FAIL'} (${Math.round((Date.now() - started) / 1000)} s)`
    )
    return pass
  } finally {
    await Promise.all(processes.map((process) => process.stop('SIGTERM', 10_000)))
    await queue.obliterate({ force: true }).catch(() => {})
    await queue.close().catch(() => {})
    await client.end()
    await sink.stop()
    await sleep(0)
  }
}
