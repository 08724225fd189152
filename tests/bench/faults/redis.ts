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
|   completes, marked sent, delivered exactly once to the SMTP sink.
*/
import { GatedSmtp } from '#tests/support/gated_smtp'
import { benchDb } from '#tests/bench/support/prepare'
import { productionEnv, SERVER_PORT, step } from '#tests/bench/support/env'
import { sleep, startServer, startWorker } from '#tests/bench/support/processes'
import { bearer, call } from '#tests/bench/support/api'
import { load } from '#tests/bench/support/load'
import { sessions } from '#tests/bench/support/scenarios'
import { benchQueue, describeOutcome, exactlyOnce, mailOutcome, queueMails } from '#tests/bench/support/jobs'
import { PrivateRedis } from '#tests/bench/support/private_redis'

const BEFORE_MS = 3000
const OUTAGE_MS = 5000
const AFTER_MS = 7000
const RECOVERY_MS = 10_000
const RATE = 40
const CONCURRENCY = 5

export async function redisFault() {
  step(`Fault: Redis killed for ${OUTAGE_MS / 1000} s and restarted during traffic (private redis-server), e-mail jobs around the outage`)
  const redis = new PrivateRedis()
  await redis.start()
  const sink = new GatedSmtp()
  await sink.start()
  const env = productionEnv(SERVER_PORT + 3, { REDIS_PORT: String(redis.port), SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) })
  const client = await benchDb()
  const queue = benchQueue('mail', { port: redis.port })
  // This script's own producer reconnects by itself; its connection errors during the outage are expected.
  queue.on('error', () => {})
  const server = await startServer(env, 'server (redis fault)')
  // Short locks, so a job whose completion was lost with Redis is taken over within seconds.
  const worker = await startWorker(env, ['--queue', 'mail', '--concurrency', String(CONCURRENCY), '--lock-duration', '5000', '--stalled-interval', '2000'], 'worker (redis fault)')
  try {
    const { power, influencer, admin, niche } = await sessions(server.base, client)
    const get = (path: string, token: string) => ({ method: 'GET', path, headers: bearer(token) as Record<string, string> })
    const steps = [
      get('/api/v1/notifications/unread-count', power),
      get('/api/v1/notifications/unread-count', influencer),
      get('/api/v1/admin/dashboard/stats', admin),
      get('/api/v1/feed', power),
      get(`/api/v1/campaigns?niche=${encodeURIComponent(niche)}&perPage=20`, influencer),
      get('/api/v1/auth/me', power),
      { method: 'GET', path: '/health', headers: {} },
    ]
    for (const request of steps) await call(server.base, 'GET', request.path, { headers: request.headers })

    sink.hold()
    const before = await queueMails(queue, 'fault-redis-before', 30)
    await worker.waitFor(`${CONCURRENCY} messages in the middle of their SMTP exchange`, () => sink.held >= CONCURRENCY)

    const health: { phase: string; status: number; code?: string }[] = []
    let phase = 'before'
    let polling = true
    const poller = (async () => {
      while (polling) {
        const { status, body } = await call(server.base, 'GET', '/health/redis').catch(() => ({ status: 0, body: null }))
        health.push({ phase, status, code: body?.errors?.[0]?.code })
        await sleep(200)
      }
    })()
    let serverErrors = 0
    const traffic = load({ base: server.base, steps, connections: 10, durationS: (BEFORE_MS + OUTAGE_MS + AFTER_MS) / 1000, rate: RATE, onResponse: (status) => status >= 500 && serverErrors++ })

    await sleep(BEFORE_MS)
    phase = 'outage'
    await redis.stop('SIGKILL')
    await sleep(1000)
    // The 5 jobs mid-SMTP now finish their side effects while Redis is down.
    sink.release()
    await sleep(OUTAGE_MS - 1000)
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
    const count = (name: string, test: (s: (typeof health)[number]) => boolean = () => true) => health.filter((s) => s.phase === name && test(s)).length
    const beforeOk = count('before') > 0 && count('before', (s) => s.status === 200) === count('before')
    const down503 = count('outage', (s) => s.status === 503 && s.code === 'E_REDIS_DOWN')
    const healthOther5xx = health.filter((s) => s.status >= 500 && !(s.status === 503 && s.code === 'E_REDIS_DOWN')).length
    const trafficOk = serverErrors === 0 && figures.errors === 0 && figures.timeouts === 0
    const alive = server.running && worker.running

    console.log(`  traffic: ${figures.requests} requests at ${RATE} req/s over ${steps.length} routes (cached reads, feed, campaign browse, me, /health) · statuses ${JSON.stringify(figures.statuses)} · 5xx ${serverErrors} · errors ${figures.errors} · timeouts ${figures.timeouts} · p99 ${figures.p99.toFixed(1)} ms`)
    console.log(`  /health/redis: before ${count('before')} checks all 200: ${beforeOk} · outage ${down503}/${count('outage')} answered 503 E_REDIS_DOWN · other 5xx ${healthOther5xx} · ${recoveredAt ? `200 again ${recoveredAt - restarted} ms after Redis came back` : `no 200 within ${RECOVERY_MS / 1000} s`}`)
    console.log(`  jobs: 30 queued before the outage (${CONCURRENCY} mid-SMTP when Redis died), 20 after it: ${describeOutcome(outcome)}`)
    console.log(`  server and worker still running: ${alive}`)
    const pass = trafficOk && beforeOk && down503 > 0 && healthOther5xx === 0 && recoveredAt !== null && exactlyOnce(outcome) && alive
    console.log(`  verdict: redis fault ${pass ? 'PASS' : 'FAIL'}`)
    if (!pass && !alive) console.log(`  output of the process that stopped:\n${server.running ? worker.output : server.output}`)
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
