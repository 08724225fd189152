/*
| Fault: Redis stopped (SIGKILL) for 5 s and restarted, during traffic. The
| server and one worker use a redis-server of this script (PrivateRedis, on
| BENCH_FAULT_REDIS_PORT, default 6391: the shared Redis is never touched).
| - traffic at a fixed rate on routes that need no Redis to answer (cached
|   reads fall back to memory and the database): no 5xx, no errors/timeouts;
| - GET /health/redis: 200 before, 503 E_REDIS_DOWN during, 200 again within
|   10 s after;
| - e-mail jobs queued before the outage (5 of them in the middle of their
|   SMTP exchange when Redis dies, finished during it) and after it: every one
|   completes, marked sent, delivered exactly once to the SMTP sink;
| - e-mails requested through the API during the outage (password resets,
|   checkouts with their invoice, GDPR exports): each request answers at once
|   (202 queued / 201), the e-mail waits in the outbox and, once Redis is
|   back, arrives exactly once.
*/
import type pg from 'pg'
import { GatedSmtp } from '#tests/support/gated_smtp'
import { benchDb } from '#tests/bench/support/prepare'
import { productionEnv, SERVER_PORT, step } from '#tests/bench/support/env'
import { sleep, startServer, startWorker } from '#tests/bench/support/processes'
import { bearer, call, login } from '#tests/bench/support/api'
import { ACCOUNTS } from '#tests/bench/support/env'
import { load } from '#tests/bench/support/load'
import { sessions } from '#tests/bench/support/scenarios'
import {
  benchQueue,
  describeOutcome,
  exactlyOnce,
  mailOutcome,
  queueMails,
} from '#tests/bench/support/jobs'
import { PrivateRedis } from '#tests/bench/support/private_redis'

const BEFORE_MS = 3000
const OUTAGE_MS = 5000
const AFTER_MS = 7000
const RECOVERY_MS = 10_000
const RATE = 40
const CONCURRENCY = 5
/** Accounts of each kind of e-mail requested during the outage: large.shopper.<n> from these, outside the other fault scripts' shoppers. */
const OUTAGE_REQUESTS = 5
const RESET_FROM = 500
const CHECKOUT_FROM = 510
const EXPORT_FROM = 520

interface OutageMail {
  kind: 'password reset' | 'invoice' | 'GDPR export'
  email: string
  subject: RegExp
  status: number
}

/** Shoppers with a delivery address and one product in their cart, ready to check out; and tokens of the members who will ask for an export. */
async function prepareOutageRequests(base: string, client: pg.Client) {
  const { rows } = await client.query(
    `select p.id from products p left join users b on b.id = p.brand_id
      where p.active and p.hidden_at is null and (p.brand_id is null or (b.status = 'active' and b.blocked_at is null))
      order by p.id offset 300 limit 1`
  )
  const productId = Number(rows[0].id)
  await client.query('update products set stock = greatest(stock, 100000) where id = $1', [
    productId,
  ])
  const shoppers = await Promise.all(
    Array.from({ length: OUTAGE_REQUESTS }, async (_, n) => {
      const email = ACCOUNTS.shopper(CHECKOUT_FROM + n)
      const token = await login(base, email, ACCOUNTS.password)
      await call(base, 'DELETE', '/api/v1/cart', { token })
      const existing = await call(base, 'GET', '/api/v1/addresses', { token })
      let addressId = existing.body?.data?.[0]?.id
      if (!addressId) {
        const created = await call(base, 'POST', '/api/v1/addresses', {
          token,
          body: {
            recipient: `Outage Shopper ${n}`,
            line1: `${n} Outage Street`,
            city: 'Faultville',
            postalCode: '10001',
            country: 'US',
          },
        })
        addressId = created.body.data.id
      }
      const added = await call(base, 'POST', '/api/v1/cart/items', {
        token,
        body: { productId, quantity: 1 },
      })
      if (added.status >= 300)
        throw new Error(
          `POST /api/v1/cart/items answered ${added.status}: ${JSON.stringify(added.body)}`
        )
      return { email, token, addressId }
    })
  )
  const exporters = await Promise.all(
    Array.from({ length: OUTAGE_REQUESTS }, async (_, n) => {
      const email = ACCOUNTS.shopper(EXPORT_FROM + n)
      return { email, token: await login(base, email, ACCOUNTS.password) }
    })
  )
  return { shoppers, exporters }
}

/** Asks for the e-mails while Redis is down: each request must answer at once. */
async function requestDuringOutage(
  base: string,
  prepared: Awaited<ReturnType<typeof prepareOutageRequests>>
): Promise<OutageMail[]> {
  const resets = Array.from({ length: OUTAGE_REQUESTS }, async (_, n): Promise<OutageMail> => {
    const email = ACCOUNTS.shopper(RESET_FROM + n)
    const { status, body } = await call(base, 'POST', '/api/v1/auth/password/forgot', {
      body: { email },
    })
    return {
      kind: 'password reset',
      email,
      subject: /Reset your Marquee password/,
      status: status === 202 && body?.data?.queued === true ? 202 : status,
    }
  })
  const checkouts = prepared.shoppers.map(async (shopper): Promise<OutageMail> => {
    const { status } = await call(base, 'POST', '/api/v1/checkout', {
      token: shopper.token,
      body: { addressId: shopper.addressId },
      headers: { 'idempotency-key': `outage-${shopper.email}-${Date.now()}` },
    })
    return { kind: 'invoice', email: shopper.email, subject: /Your invoice/, status }
  })
  const exports = prepared.exporters.map(async (member): Promise<OutageMail> => {
    const { status } = await call(base, 'POST', '/api/v1/me/exports', { token: member.token })
    return { kind: 'GDPR export', email: member.email, subject: /data export is ready/, status }
  })
  return Promise.all([...resets, ...checkouts, ...exports])
}

export async function redisFault() {
  step(
    `Fault: Redis killed for ${OUTAGE_MS / 1000} s and restarted during traffic (private redis-server), e-mail jobs around the outage`
  )
  const redis = new PrivateRedis()
  await redis.start()
  const sink = new GatedSmtp()
  await sink.start()
  const env = productionEnv(SERVER_PORT + 3, {
    REDIS_PORT: String(redis.port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
  })
  const client = await benchDb()
  const queue = benchQueue('mail', { port: redis.port })
  // This script's own producer reconnects by itself; its connection errors during the outage are expected.
  queue.on('error', () => {})
  const server = await startServer(env, 'server (redis fault)')
  // Short locks, so a job whose completion was lost with Redis is taken over within seconds.
  const worker = await startWorker(
    env,
    [
      '--queue',
      'mail,default',
      '--concurrency',
      String(CONCURRENCY),
      '--lock-duration',
      '5000',
      '--stalled-interval',
      '2000',
    ],
    'worker (redis fault)'
  )
  try {
    const { power, influencer, admin, niche } = await sessions(server.base, client)
    const get = (path: string, token: string) => ({
      method: 'GET',
      path,
      headers: bearer(token) as Record<string, string>,
    })
    const steps = [
      get('/api/v1/notifications/unread-count', power),
      get('/api/v1/notifications/unread-count', influencer),
      get('/api/v1/admin/dashboard/stats', admin),
      get('/api/v1/feed', power),
      get(`/api/v1/campaigns?niche=${encodeURIComponent(niche)}&perPage=20`, influencer),
      get('/api/v1/auth/me', power),
      { method: 'GET', path: '/health', headers: {} },
    ]
    for (const request of steps)
      await call(server.base, 'GET', request.path, { headers: request.headers })
    const prepared = await prepareOutageRequests(server.base, client)

    sink.hold()
    const before = await queueMails(queue, 'fault-redis-before', 30)
    await worker.waitFor(
      `${CONCURRENCY} messages in the middle of their SMTP exchange`,
      () => sink.held >= CONCURRENCY
    )

    const health: { phase: string; status: number; code?: string }[] = []
    let phase = 'before'
    let polling = true
    const poller = (async () => {
      while (polling) {
        const { status, body } = await call(server.base, 'GET', '/health/redis').catch(() => ({
          status: 0,
          body: null,
        }))
        health.push({ phase, status, code: body?.errors?.[0]?.code })
        await sleep(200)
      }
    })()
    let serverErrors = 0
    const traffic = load({
      base: server.base,
      steps,
      connections: 10,
      durationS: (BEFORE_MS + OUTAGE_MS + AFTER_MS) / 1000,
      rate: RATE,
      onResponse: (status) => status >= 500 && serverErrors++,
    })

    await sleep(BEFORE_MS)
    phase = 'outage'
    await redis.stop('SIGKILL')
    await sleep(1000)
    // The 5 jobs mid-SMTP now finish their side effects while Redis is down.
    sink.release()
    const outageStarted = Date.now()
    const requested = await requestDuringOutage(server.base, prepared)
    const requestMs = Date.now() - outageStarted
    await sleep(Math.max(0, OUTAGE_MS - 1000 - requestMs))
    await redis.start({ keepData: true })
    const restarted = Date.now()
    phase = 'after'
    let recoveredAt: number | null = null
    while (Date.now() - restarted < RECOVERY_MS) {
      const last = health.at(-1)
      if (last && last.phase === 'after' && last.status === 200) {
        recoveredAt = Date.now()
        break
      }
      await sleep(50)
    }
    const after = await queueMails(queue, 'fault-redis-after', 20)
    const figures = await traffic
    polling = false
    await poller

    const outcome = await mailOutcome(queue, client, sink, [...before, ...after], 60_000)
    const arrived = (mail: OutageMail) =>
      sink.to(mail.email).filter((m) => mail.subject.test(m.raw)).length
    const outageDeadline = Date.now() + 60_000
    while (requested.some((mail) => arrived(mail) === 0) && Date.now() < outageDeadline)
      await sleep(200)
    const accepted = requested.filter((mail) => mail.status === 202 || mail.status === 201).length
    const once = requested.filter((mail) => arrived(mail) === 1).length
    const outageMailsOk = accepted === requested.length && once === requested.length
    const count = (name: string, test: (s: (typeof health)[number]) => boolean = () => true) =>
      health.filter((s) => s.phase === name && test(s)).length
    const beforeOk =
      count('before') > 0 && count('before', (s) => s.status === 200) === count('before')
    const down503 = count('outage', (s) => s.status === 503 && s.code === 'E_REDIS_DOWN')
    const healthOther5xx = health.filter(
      (s) => s.status >= 500 && !(s.status === 503 && s.code === 'E_REDIS_DOWN')
    ).length
    const trafficOk = serverErrors === 0 && figures.errors === 0 && figures.timeouts === 0
    const alive = server.running && worker.running

    console.log(
      `  traffic: ${figures.requests} requests at ${RATE} req/s over ${steps.length} routes (cached reads, feed, campaign browse, me, /health) · statuses ${JSON.stringify(figures.statuses)} · 5xx ${serverErrors} · errors ${figures.errors} · timeouts ${figures.timeouts} · p99 ${figures.p99.toFixed(1)} ms`
    )
    console.log(
      `  /health/redis: before ${count('before')} checks all 200: ${beforeOk} · outage ${down503}/${count('outage')} answered 503 E_REDIS_DOWN · other 5xx ${healthOther5xx} · ${recoveredAt ? `200 again ${recoveredAt - restarted} ms after Redis came back` : `no 200 within ${RECOVERY_MS / 1000} s`}`
    )
    console.log(
      `  jobs: 30 queued before the outage (${CONCURRENCY} mid-SMTP when Redis died), 20 after it: ${describeOutcome(outcome)}`
    )
    const byKind = (kind: OutageMail['kind']) => {
      const mails = requested.filter((mail) => mail.kind === kind)
      return `${kind} ${mails.filter((mail) => arrived(mail) === 1).length}/${mails.length} once (statuses ${[...new Set(mails.map((mail) => mail.status))].join(',')})`
    }
    console.log(
      `  e-mails requested during the outage (answered in ${requestMs} ms): ${byKind('password reset')} · ${byKind('invoice')} · ${byKind('GDPR export')} · duplicates ${requested.filter((mail) => arrived(mail) > 1).length}`
    )
    console.log(`  server and worker still running: ${alive}`)
    const pass =
      trafficOk &&
      beforeOk &&
      down503 > 0 &&
      healthOther5xx === 0 &&
      recoveredAt !== null &&
      exactlyOnce(outcome) &&
      outageMailsOk &&
      alive
    console.log(`  verdict: redis fault ${pass ? 'PASS' : 'FAIL'}`)
    if (!pass && !alive)
      console.log(
        `  output of the process that stopped:\n${server.running ? worker.output : server.output}`
      )
    return pass
  } finally {
    await worker.stop()
    await server.stop()
    await queue.close().catch(() => {})
    await client.end()
    await sink.stop()
    await redis.stop()
  }
}
