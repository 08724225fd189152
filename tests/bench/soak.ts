/*
| `npm run bench:soak`: mixed traffic at a fixed rate against the production
| build (same preparation as `npm run bench`), then two verdicts: zero 5xx, and
| no memory growth trend: the least-squares slope, after the first 20% of the
| run as warm-up, of the memory the server still holds after a full garbage
| collection (JS heap + external buffers, read every 10 s from
| GET /__bench/heap). RSS, sampled every second, is printed beside it; it also
| moves with V8's and malloc's free reserves, so its slope swings from run to
| run on the same code and does not decide the verdict.
| SOAK_DURATION (s, default 300), SOAK_RATE (req/s, default 100).
*/
import { benchDb, prepare } from '#tests/bench/support/prepare'
import { productionEnv, SERVER_PORT, step } from '#tests/bench/support/env'
import { startServer } from '#tests/bench/support/processes'
import { load, ms, RssSampler } from '#tests/bench/support/load'
import { sessions } from '#tests/bench/support/scenarios'
import { bearer, call } from '#tests/bench/support/api'

const DURATION_S = Number(process.env.SOAK_DURATION ?? 300)
const RATE = Number(process.env.SOAK_RATE ?? 100)
/** Above this growth (MB per minute) of the memory held after garbage collection, the trend counts as a leak (~80 bytes a request at 100 req/s). */
const MAX_SLOPE_MB_PER_MIN = 0.5
const HEAP_EVERY_MS = 10_000
/** The first part of the run that no trend counts (caches and JIT filling up). */
const WARM_UP_SHARE = 0.2

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]) {
  const n = points.length
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n
  const my = points.reduce((sum, p) => sum + p.y, 0) / n
  const num = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0)
  const den = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0)
  return den === 0 ? 0 : num / den
}

async function main() {
  await prepare()
  const server = await startServer(productionEnv(SERVER_PORT + 1))
  const client = await benchDb()
  const rss = new RssSampler(() => server.rssMb(), 1000).start()
  const started = performance.now()
  const held: { atMs: number; mb: number }[] = []
  const readHeld = async () => {
    const { status, body } = await call(server.base, 'GET', '/__bench/heap')
    if (status !== 200) throw new Error(`GET /__bench/heap answered ${status}`)
    held.push({ atMs: performance.now() - started, mb: body.heapUsedMb + body.externalMb })
  }
  let heapTimer: NodeJS.Timeout | undefined
  try {
    const { power, influencer, admin, niche } = await sessions(server.base, client)
    const get = (path: string, token: string) => ({ method: 'GET', path, headers: bearer(token) })
    const steps = [
      get('/api/v1/feed', power),
      get('/api/v1/notifications/unread-count', power),
      get(`/api/v1/campaigns?niche=${encodeURIComponent(niche)}&perPage=20`, influencer),
      get('/api/v1/admin/dashboard/stats', admin),
      get('/api/v1/categories', power),
      get('/api/v1/auth/me', power),
      { method: 'GET', path: '/health' },
    ]
    step(
      `Soak: ${RATE} req/s for ${DURATION_S} s over 20 connections (${steps.map((s) => s.path.split('?')[0]).join(', ')})`
    )
    let serverErrors = 0
    let heapError: unknown
    heapTimer = setInterval(() => readHeld().catch((error) => (heapError ??= error)), HEAP_EVERY_MS)
    const figures = await load({
      base: server.base,
      steps,
      connections: 20,
      durationS: DURATION_S,
      rate: RATE,
      onResponse: (status) => status >= 500 && serverErrors++,
    })
    clearInterval(heapTimer)
    rss.stop()
    if (heapError) throw heapError
    const afterWarmUp = <T extends { atMs: number }>(samples: T[]) =>
      samples.filter((sample) => sample.atMs >= WARM_UP_SHARE * DURATION_S * 1000)
    const trend = (samples: { atMs: number; mb: number }[]) =>
      slope(samples.map((sample) => ({ x: sample.atMs / 60_000, y: sample.mb })))
    const warm = afterWarmUp(rss.samples)
    const warmHeld = afterWarmUp(held)
    const mbPerMin = trend(warmHeld)
    const noLeak = warmHeld.length >= 3 && mbPerMin < MAX_SLOPE_MB_PER_MIN
    console.log(
      `\n  ${figures.requests} requests (${figures.requestsPerSecond} req/s) · p50 ${ms(figures.p50)} · p99 ${ms(figures.p99)} · statuses ${JSON.stringify(figures.statuses)} · errors ${figures.errors} · timeouts ${figures.timeouts}`
    )
    console.log(`  5xx: ${serverErrors} · target 0 → ${serverErrors === 0 ? 'PASS' : 'FAIL'}`)
    console.log(
      `  held after GC (heap + external): ${warmHeld[0]?.mb.toFixed(1)} → ${warmHeld.at(-1)?.mb.toFixed(1)} MB; trend ${mbPerMin.toFixed(3)} MB/min over ${warmHeld.length} samples after warm-up · target < ${MAX_SLOPE_MB_PER_MIN} MB/min → ${noLeak ? 'PASS' : 'FAIL'}`
    )
    console.log(
      `  RSS (not judged): ${warm[0]?.mb.toFixed(0)} → ${warm.at(-1)?.mb.toFixed(0)} MB, peak ${rss.peak().toFixed(0)} MB; trend ${trend(warm).toFixed(2)} MB/min over ${warm.length} samples after warm-up`
    )
    const pass = serverErrors === 0 && noLeak
    console.log(`  verdict: soak ${pass ? 'PASS' : 'FAIL'}`)
    process.exitCode = pass ? 0 : 1
  } finally {
    clearInterval(heapTimer)
    rss.stop()
    await client.end()
    await server.stop()
  }
}

await main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
