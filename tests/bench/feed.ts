/*
| `npm run bench:feed`: the personalised activity feed of a member following
| 1,000 creators, over 100,000 activities on PostgreSQL (issue 5's figure).
|
| 1. Creates the PostgreSQL database `marquee_bench` if missing, migrates it and
|    seeds the `large` profile (10,000 users; its power user follows 1,000
|    creators; 100,000 activities; multi-row inserts, ~5 s, skipped when seeded).
| 2. Builds the app (tests left out) for production into tmp/bench/build (`node ace build`) and
|    starts `node bin/server.js` from it: NODE_ENV=production, a random APP_KEY,
|    LOG_LEVEL=warn, on a free loopback port.
| 3. Logs in as the power user, prints the PostgreSQL plan of one feed page
|    (EXPLAIN ANALYZE, `node ace community:feed-explain`), warms up, then runs
|    autocannon against GET /api/v1/feed: 50 connections for 10 s. For context
|    it also measures the feed one request at a time, and GET /api/v1/categories
|    (authenticated, served from the in-memory cache: the cost of any
|    authenticated request) at 50 connections.
| 4. Prints req/s and p50 / p95 / p99 latency with a PASS/FAIL verdict on the
|    target (feed p95 < 50 ms at 50 connections), writes
|    tmp/bench/feed-result.json, and exits 1 on FAIL.
|
| Needs PostgreSQL and Redis as for the tests (DB_HOST, DB_PORT, DB_USER,
| DB_PASSWORD, REDIS_HOST, REDIS_PORT from the environment; defaults: local).
*/
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import autocannon, { type Result } from 'autocannon'
import pg from 'pg'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WORK = `${ROOT}tmp/bench`
const DATABASE = process.env.BENCH_DATABASE ?? 'marquee_bench'
const POWER_USER = 'large.power@seed.marquee.test'
const PASSWORD = 'marquee-demo-2026'
const CONNECTIONS = 50
const DURATION_S = 10
const TARGET_P95_MS = 50

const database = {
  host: process.env.DB_HOST ?? '127.0.0.1',
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USER ?? 'postgres',
  password: process.env.DB_PASSWORD ?? '',
}

/** Environment of every app process: the bench database and the caller's Redis, nothing from .env files. */
const appEnv: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '/tmp',
  DB_CONNECTION: 'postgres',
  DB_HOST: database.host,
  DB_PORT: String(database.port),
  DB_USER: database.user,
  DB_PASSWORD: database.password,
  DB_DATABASE: DATABASE,
  REDIS_HOST: process.env.REDIS_HOST ?? '127.0.0.1',
  REDIS_PORT: process.env.REDIS_PORT ?? '6379',
  LOG_LEVEL: 'warn',
}

const step = (message: string) => console.log(`\n▸ ${message}`)

/** Runs `node <args>` in `cwd` to completion; rejects with its output on a non-zero exit. */
function node(args: string[], env: Record<string, string>, cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`))))
  })
}

async function ensureDatabase() {
  const client = new pg.Client({ ...database, database: 'postgres' })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE])
    if (found.rowCount === 0) {
      await client.query(`create database "${DATABASE.replace(/"/g, '')}"`)
      return 'created'
    }
    return 'exists'
  } finally {
    await client.end()
  }
}

/** What the feed reads, counted straight from the database; ANALYZE so the planner knows the seeded sizes. */
async function dataSet() {
  const client = new pg.Client({ ...database, database: DATABASE })
  await client.connect()
  try {
    await client.query('analyze')
    const { rows } = await client.query(
      `select (select count(*) from users) as users, (select count(*) from activities) as activities,
              (select count(*) from follows f join users u on u.id = f.follower_id where u.email = $1) as follows,
              (select count(*) from activities where actor_id in (select followee_id from follows f join users u on u.id = f.follower_id where u.email = $1)) as followed_activities`,
      [POWER_USER]
    )
    return Object.fromEntries(Object.entries(rows[0]).map(([key, value]) => [key, Number(value)]))
  } finally {
    await client.end()
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Starts the built server and resolves once it listens. */
function startServer(port: number) {
  const child = spawn(process.execPath, ['bin/server.js'], {
    cwd: `${WORK}/build`,
    env: { ...appEnv, NODE_ENV: 'production', APP_KEY: randomBytes(32).toString('hex'), HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
  })
  let output = ''
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes('started HTTP server')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited with ${code}:\n${output}`))
    })
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { ready, stop }
}

async function login(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: POWER_USER, password: PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { data: { user: { id: number }; tokens: { accessToken: string } } }
  return body.data
}

function load(url: string, token: string, connections: number, duration: number) {
  const times: number[] = []
  const result = new Promise<Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers: { authorization: `Bearer ${token}` } }, (error, outcome) =>
      error ? reject(error) : resolve(outcome)
    )
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => times.push(responseTimeMs))
  })
  return result.then((outcome) => ({ outcome, times }))
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

interface Figures {
  requests: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  max: number
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number
}

/** Latency percentiles from every response time autocannon saw (its own summary has no p95). */
async function measure(url: string, token: string, connections: number, duration: number): Promise<Figures> {
  const { outcome, times } = await load(url, token, connections, duration)
  const sorted = times.sort((a, b) => a - b)
  return {
    requests: sorted.length,
    requestsPerSecond: Math.round(sorted.length / outcome.duration),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    errors: outcome.errors + outcome.timeouts + outcome.non2xx,
  }
}

const ms = (value: number) => `${value.toFixed(2)} ms`

async function main() {
  step(`PostgreSQL database ${DATABASE}`)
  console.log(`  ${await ensureDatabase()}`)
  await node(['ace', 'migration:run', '--force'], appEnv)
  const seeded = await node(['ace', 'marquee:seed', '--profile', 'large'], appEnv)
  console.log(`  ${seeded.trim().split('\n').filter((line) => /success|already/.test(line)).join(' ') || 'seeded'}`)
  const shape = await dataSet()
  console.log(`  users ${shape.users} · activities ${shape.activities} · ${POWER_USER} follows ${shape.follows} creators who wrote ${shape.followed_activities} of them`)

  step('Production build (node ace build → tmp/bench/build)')
  mkdirSync(WORK, { recursive: true })
  writeFileSync(
    `${WORK}/tsconfig.json`,
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { rootDir: '../..', outDir: './build' },
      include: ['../../**/*'],
      // The server needs no tests; leaving them out also keeps unfinished specs from failing the build.
      exclude: ['../../node_modules', '../../build', '../../cli', '../../tmp', '../../tests'],
    })
  )
  const started = performance.now()
  // A path relative to the app root: the assembler does not take an absolute one.
  await node(['ace', 'build', '--tsconfig=tmp/bench/tsconfig.json'], { ...appEnv, NODE_ENV: 'production' })
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  step(`Server: node bin/server.js, NODE_ENV=production, ${base}`)
  const server = startServer(port)
  try {
    await server.ready
    const { user, tokens } = await login(base)
    const feedUrl = `${base}/api/v1/feed`
    const probe = await fetch(feedUrl, { headers: { authorization: `Bearer ${tokens.accessToken}` } })
    const page = (await probe.json()) as { data: unknown[]; meta: { nextCursor: number | null } }
    if (probe.status !== 200 || page.data.length !== 20) throw new Error(`GET /api/v1/feed answered ${probe.status} with ${page.data?.length} items`)
    console.log(`  GET /api/v1/feed as user ${user.id}: 200, 20 activities, nextCursor ${page.meta.nextCursor}`)

    step('PostgreSQL plan of one page (EXPLAIN ANALYZE)')
    console.log((await node(['ace', 'community:feed-explain', String(user.id)], appEnv)).replace(/^/gm, '  ').trimEnd())

    step(`Load: autocannon on loopback (after a 3 s warm-up)`)
    await load(feedUrl, tokens.accessToken, 10, 3)
    const feed = await measure(feedUrl, tokens.accessToken, CONNECTIONS, DURATION_S)
    // Context for the figure: the same request one at a time (service time, no queueing), and an
    // authenticated request that touches no feed data (categories, from the in-memory cache).
    const serial = await measure(feedUrl, tokens.accessToken, 1, 5)
    const floor = await measure(`${base}/api/v1/categories`, tokens.accessToken, CONNECTIONS, DURATION_S)
    const pass = feed.p95 < TARGET_P95_MS && feed.errors === 0

    const row = (label: string, f: Figures) =>
      `  │ ${label.padEnd(44)} │ ${String(f.requestsPerSecond).padStart(6)} │ ${ms(f.p50).padStart(9)} │ ${ms(f.p95).padStart(9)} │ ${ms(f.p99).padStart(9)} │ ${String(f.errors).padStart(6)} │`
    console.log(`
  1,000 follows · 100,000 activities · PostgreSQL · production build · ${CONNECTIONS} connections unless noted
  ┌──────────────────────────────────────────────┬────────┬───────────┬───────────┬───────────┬────────┐
  │ scenario                                     │  req/s │       p50 │       p95 │       p99 │ errors │
  ├──────────────────────────────────────────────┼────────┼───────────┼───────────┼───────────┼────────┤
${row(`GET /api/v1/feed (${DURATION_S} s)`, feed)}
${row('GET /api/v1/feed, 1 connection (5 s)', serial)}
${row(`GET /api/v1/categories: auth + cache (${DURATION_S} s)`, floor)}
  └──────────────────────────────────────────────┴────────┴───────────┴───────────┴───────────┴────────┘
  target: GET /api/v1/feed p95 < ${TARGET_P95_MS} ms at ${CONNECTIONS} connections → ${pass ? 'PASS' : 'FAIL'} (p95 ${ms(feed.p95)}${feed.errors ? `, ${feed.errors} failed requests` : ''})`)
    writeFileSync(
      `${WORK}/feed-result.json`,
      JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION_S, dataSet: shape, feed, serial, floor, targetP95Ms: TARGET_P95_MS, pass }, null, 2)
    )
    process.exitCode = pass ? 0 : 1
  } finally {
    await server.stop()
  }
}

await main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
