/**
 * Heavy bodies before authentication: eight parallel 1 MB JSON bodies of
 * 60,000 keys to POST /api/v1/auth/login (and a 400,000-deep array), while
 * GET /health is polled. Prints each heavy request's status and time and the
 * /health latencies meanwhile. Run against a started server:
 *   HEAVY_BASE=http://127.0.0.1:3333 node --import=@poppinss/ts-exec tests/bench/heavy_bodies.ts
 */
const BASE = process.env.HEAVY_BASE ?? 'http://127.0.0.1:3333'
const PARALLEL = 8

/** ~1 MB: the two login fields and 60,000 more keys. */
function manyKeys() {
  const body: Record<string, string> = { email: 'heavy@example.com', password: 'not-the-password' }
  for (let i = 0; i < 60_000; i++) body[`key${String(i).padStart(5, '0')}`] = 'x'.repeat(2)
  return JSON.stringify(body)
}

const deepArray = () => '['.repeat(400_000) + ']'.repeat(400_000)

async function timed(path: string, init?: RequestInit) {
  const started = performance.now()
  const res = await fetch(`${BASE}${path}`, init)
  const text = await res.text()
  return { status: res.status, ms: performance.now() - started, text }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

async function pollHealth(until: Promise<unknown>) {
  const latencies: number[] = []
  let done = false
  void until.finally(() => (done = true))
  while (!done) latencies.push((await timed('/health')).ms)
  return latencies
}

const keys = manyKeys()
console.log(
  `body: ${(keys.length / 1e6).toFixed(2)} MB, ${Object.keys(JSON.parse(keys)).length} keys`
)
const idle = await pollHealth(new Promise((resolve) => setTimeout(resolve, 500)))
console.log(
  `/health idle: p50 ${percentile(idle, 50).toFixed(1)} ms, max ${Math.max(...idle).toFixed(1)} ms`
)

const json = { method: 'POST', headers: { 'content-type': 'application/json' } }
const heavy = Promise.all(
  Array.from({ length: PARALLEL }, () => timed('/api/v1/auth/login', { ...json, body: keys }))
)
const health = await pollHealth(heavy)
for (const res of await heavy)
  console.log(`login 1 MB: ${res.status} in ${res.ms.toFixed(0)} ms ${res.text.slice(0, 100)}`)
console.log(
  `/health during: ${health.length} polls, p50 ${percentile(health, 50).toFixed(1)} ms, p95 ${percentile(health, 95).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`
)

for (const path of ['/api/v1/auth/login', '/api/v1/reports']) {
  const deep = await timed(path, { ...json, body: deepArray() })
  console.log(
    `${path} 400,000-deep array: ${deep.status} in ${deep.ms.toFixed(0)} ms ${deep.text.slice(0, 160)}`
  )
}
/** The heaviest body a 1 MB route still parses: ~9,000 keys of ~100 bytes. */
const heaviestAccepted = JSON.stringify(
  Object.fromEntries(Array.from({ length: 9_000 }, (_, i) => [`key${i}`, 'x'.repeat(100)]))
)
const accepted = Promise.all(
  Array.from({ length: PARALLEL }, () =>
    timed('/api/v1/reports', { ...json, body: heaviestAccepted })
  )
)
const healthAccepted = await pollHealth(accepted)
const acceptedTimes = (await accepted).map((res) => res.ms)
console.log(
  `/api/v1/reports ${(heaviestAccepted.length / 1e6).toFixed(2)} MB, 9,000 keys ×${PARALLEL}: ${(await accepted)[0].status}, ${Math.min(...acceptedTimes).toFixed(0)}–${Math.max(...acceptedTimes).toFixed(0)} ms`
)
console.log(
  `/health during: ${healthAccepted.length} polls, p50 ${percentile(healthAccepted, 50).toFixed(1)} ms, max ${Math.max(...healthAccepted).toFixed(1)} ms`
)

const wide = await timed('/api/v1/reports', { ...json, body: keys })
console.log(
  `/api/v1/reports 1 MB, 60,000 keys (1 MB cap route): ${wide.status} in ${wide.ms.toFixed(0)} ms ${wide.text.slice(0, 160)}`
)
