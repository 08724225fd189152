/*
| `npm run bench`: the platform under load on loopback (issue 10, with the
| feed figure of issue 5 and the product-list figures of issue 7).
|
| 1. Prepares PostgreSQL database `marquee_bench` (created, migrated, `large`
|    profile seeded once) and a production build in tmp/bench/build.
| 2. Starts `node bin/server.js` of the build: NODE_ENV=production, 127.0.0.1:3390,
|    Redis database 4, LOG_LEVEL=warn, BENCH_MODE=true (adds the bare route).
| 3. For each scenario: one probe request (must be 2xx; its size sizes the bare
|    twin), warm-ups of it and of the bare route GET /__bench/bare/<same bytes>
|    (the framework's ceiling on this machine at this moment), then autocannon
|    at 50 connections on the two in turn, BENCH_ROUNDS (5) slices each, so a
|    change in the machine's speed during the run (a shared VM's neighbours)
|    weighs on both sides of the ratio alike: the closed-loop capacity. Then
|    open-loop latency: the scenario sent at a fixed rate whatever the answers
|    (200/s for reads, 50/s checkout, 10/s login), p50/p95/p99 from each
|    iteration's scheduled start. The server's RSS is sampled all along, its
|    CPU time read around every slice.
|    Metrics (prom-client) are recorded as in production; tracing is off.
| 4. Tracing's cost: the cached product list on a fresh server with tracing off,
|    then on one with tracing on (OTLP/HTTP to a loopback sink), same closed
|    loop: capacity and CPU per request of each (BENCH_SKIP_TRACING=1 skips it).
| 5. BullMQ throughput of a no-op job and of the e-mail job with one worker.
| 6. Prints the table, writes tmp/bench/results.json, exits 1 if a target fails.
|
| `npm run bench -- feed checkout` runs only scenarios whose name contains one
| of the words. BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (50),
| BENCH_ROUNDS (5), BENCH_OPEN_DURATION (s, default 10), BENCH_REUSE_BUILD=1,
| BENCH_SKIP_JOBS=1. BENCH_ONLY_JOBS=1 runs step 5 alone (no server, no
| scenarios, no tracing step). BENCH_WORKER_FLAGS adds node flags to the
| worker's command line (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
*/
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { benchDb, prepare } from '#tests/bench/support/prepare'
import { PROFILE, productionEnv, SERVER_PORT, step, WORK } from '#tests/bench/support/env'
import { serverNodeFlags, serverStartEnv, startServer } from '#tests/bench/support/processes'
import {
  failures,
  ms,
  RssSampler,
  sample,
  summarize,
  type Figures,
  type Sample,
  type Step,
} from '#tests/bench/support/load'
import { scenarios, type Scenario } from '#tests/bench/support/scenarios'
import { jobThroughput } from '#tests/bench/support/jobs'
import { openLoop, type OpenLoopFigures } from '#tests/bench/support/open_loop'
import {
  TRACED_SCENARIO,
  tracingOverhead,
  type TracingOverhead,
} from '#tests/bench/support/tracing_overhead'

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5))
const OPEN_S = Number(process.env.BENCH_OPEN_DURATION ?? 10)
const WARMUP_S = 2
/** Issue 23's targets; open-loop p99 per scenario kind, CPU per request per scenario (scenarios.ts). */
const TARGETS = { cachedRatio: 0.7, rssMb: 200, emailJobsPerS: 250, noopJobsPerS: 4000 }

interface Row {
  scenario: string
  cached: boolean
  note?: string
  unavailable?: string
  bytes?: number
  figures?: Figures
  bare?: Figures
  ratio?: number
  peakRssMb?: number
  /** Server CPU time (user + system) per measured request, µs (the unmeasured steps' CPU taken off). */
  cpuUs?: number
  /** Server CPU time per request of the scenario's unmeasured steps, measured on their own, µs. */
  unmeasuredCpuUs?: number
  bareCpuUs?: number
  open?: OpenLoopFigures
  /** Server CPU time per request during the open-loop run, µs. */
  openCpuUs?: number
  targets: string
  failed: string[]
  verdict: 'PASS' | 'FAIL' | 'not available'
}

function judge(
  scenario: Scenario,
  figures: Figures,
  ratio: number,
  cpuUs: number,
  open: OpenLoopFigures
) {
  const failed: string[] = []
  if (!(open.p99 < scenario.open.p99TargetMs)) failed.push(`open p99 ${ms(open.p99)}`)
  if (scenario.cached && !(ratio >= TARGETS.cachedRatio))
    failed.push(`ratio ${(ratio * 100).toFixed(0)}%`)
  if (scenario.p95TargetMs && !(open.p95 < scenario.p95TargetMs))
    failed.push(`open p95 ${ms(open.p95)}`)
  if (scenario.cpuTargetUs && !(cpuUs <= scenario.cpuTargetUs)) failed.push(`CPU ${cpuUs} µs`)
  const errors = failures(figures)
  if (errors) failed.push(`${errors} failed requests ${JSON.stringify(figures.statuses)}`)
  const openErrors =
    open.errors +
    Object.entries(open.statuses).reduce(
      (n, [status, c]) => n + (status.startsWith('2') ? 0 : c),
      0
    )
  if (openErrors)
    failed.push(
      `${openErrors} failed open-loop requests ${JSON.stringify({ ...open.statuses, ...open.errorKinds })}`
    )
  return failed
}

const targetsOf = (scenario: Scenario) =>
  [
    scenario.cached ? `≥${TARGETS.cachedRatio * 100}% bare` : '',
    scenario.cpuTargetUs ? `CPU≤${scenario.cpuTargetUs / 1000}ms` : '',
    scenario.p95TargetMs ? `p95<${scenario.p95TargetMs}` : '',
    `p99<${scenario.open.p99TargetMs}@${scenario.open.rate}/s`,
  ]
    .filter(Boolean)
    .join(' ')

type Server = Awaited<ReturnType<typeof startServer>>

/** Interleaved slices of the scenario and of its bare twin: figures over all slices of each, and server CPU per request. */
async function measure(scenario: Scenario, bare: Step[], server: Server) {
  const slice = (steps: Step[], durationS: number) => {
    scenario.beforeRun?.()
    return sample({ base: server.base, steps, connections: CONNECTIONS, durationS })
  }
  const sides = {
    scenario: { steps: scenario.steps, samples: [] as Sample[], cpuMs: 0 },
    bare: { steps: bare, samples: [] as Sample[], cpuMs: 0 },
  }
  for (const side of Object.values(sides)) await slice(side.steps, WARMUP_S)
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of Object.values(sides)) {
      const before = server.cpuMs() ?? Number.NaN
      side.samples.push(await slice(side.steps, DURATION_S / ROUNDS))
      side.cpuMs += (server.cpuMs() ?? Number.NaN) - before
    }
  }
  const figures = summarize(sides.scenario.samples)
  const ceiling = summarize(sides.bare.samples)
  // Requests of unmeasured steps (checkout's cart adds) cost server CPU in the slices: measured on their own, taken off.
  let unmeasuredCpuUs: number | undefined
  let scenarioCpuUs = sides.scenario.cpuMs * 1000
  if (scenario.unmeasured) {
    scenario.beforeRun?.()
    const before = server.cpuMs() ?? Number.NaN
    const alone = await sample({
      base: server.base,
      steps: scenario.unmeasured.steps,
      connections: CONNECTIONS,
      durationS: DURATION_S / ROUNDS,
    })
    const cpuUs = (((server.cpuMs() ?? Number.NaN) - before) * 1000) / alone.times.length
    await scenario.unmeasured.reset()
    // Nothing answered on their own (a server too slow for the slice): nothing to take off.
    if (Number.isFinite(cpuUs)) {
      unmeasuredCpuUs = Math.round(cpuUs)
      const sent = sides.scenario.samples.reduce((sum, one) => sum + (one.unmeasured ?? 0), 0)
      scenarioCpuUs -= sent * unmeasuredCpuUs
    }
  }
  return {
    figures,
    bare: ceiling,
    cpuUs: Math.round(scenarioCpuUs / figures.requests),
    unmeasuredCpuUs,
    bareCpuUs: Math.round((sides.bare.cpuMs * 1000) / ceiling.requests),
  }
}

async function run(scenario: Scenario, server: Server, rss: RssSampler): Promise<Row> {
  const row = {
    scenario: scenario.name,
    cached: scenario.cached,
    note: scenario.note,
    targets: targetsOf(scenario),
  }
  if (scenario.unavailable)
    return { ...row, unavailable: scenario.unavailable, failed: [], verdict: 'not available' }
  const probe = await scenario.probe()
  if (probe.status < 200 || probe.status > 299)
    throw new Error(`${scenario.name}: the probe request answered ${probe.status}`)
  const from = rss.samples.length
  // The open loop first: the closed loop's 50 connections can leave work queued in the server (a login's hashes).
  scenario.beforeRun?.()
  const cpuBefore = server.cpuMs() ?? Number.NaN
  const open = await openLoop(server.base, scenario.steps, scenario.open.rate, OPEN_S)
  const openCpuUs = Math.round((((server.cpuMs() ?? Number.NaN) - cpuBefore) * 1000) / open.sent)
  const { figures, bare, cpuUs, unmeasuredCpuUs, bareCpuUs } = await measure(
    scenario,
    [{ method: 'GET', path: `/__bench/bare/${probe.bytes}` }],
    server
  )
  const peakRssMb = rss.peak(from)
  const ratio = figures.requestsPerSecond / bare.requestsPerSecond
  const failed = judge(scenario, figures, ratio, cpuUs, open)
  const unmeasured =
    unmeasuredCpuUs === undefined
      ? ''
      : ` (its unmeasured steps: ${unmeasuredCpuUs} µs CPU/req, taken off)`
  console.log(
    `  ${scenario.name}: capacity ${figures.requestsPerSecond} req/s, ${cpuUs} µs CPU/req${unmeasured} · bare ${bare.requestsPerSecond} req/s, ${bareCpuUs} µs CPU/req · open ${open.rate}/s: p50 ${ms(open.p50)} p95 ${ms(open.p95)} p99 ${ms(open.p99)} (${openCpuUs} µs CPU/req) · ${failed.length ? `FAIL (${failed.join(', ')})` : 'PASS'}`
  )
  return {
    ...row,
    bytes: probe.bytes,
    figures,
    bare,
    ratio,
    peakRssMb,
    cpuUs,
    unmeasuredCpuUs,
    bareCpuUs,
    open,
    openCpuUs,
    failed,
    verdict: failed.length ? 'FAIL' : 'PASS',
  }
}

function table(rows: Row[]) {
  const columns = [
    'scenario',
    'capacity req/s',
    'bare req/s',
    'ratio',
    'CPU/req',
    'bare CPU/req',
    'offered',
    'p50',
    'p95',
    'p99',
    'target',
    'verdict',
  ]
  const cpu = (us?: number) => (us !== undefined && Number.isFinite(us) ? `${us} µs` : 'n/a')
  const cells = rows.map((row) =>
    row.figures && row.bare && row.open
      ? [
          row.scenario,
          String(row.figures.requestsPerSecond),
          String(row.bare.requestsPerSecond),
          `${((row.ratio ?? 0) * 100).toFixed(0)}%`,
          cpu(row.cpuUs),
          cpu(row.bareCpuUs),
          `${row.open.rate}/s`,
          ms(row.open.p50),
          ms(row.open.p95),
          ms(row.open.p99),
          row.targets,
          row.verdict,
        ]
      : [
          row.scenario,
          ...Array.from({ length: 9 }, () => '–'),
          row.targets,
          `not available (${row.unavailable})`,
        ]
  )
  const textColumns = columns.indexOf('target')
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...cells.map((line) => line[i].length))
  )
  const line = (values: string[]) =>
    `  │ ${values.map((value, i) => (i === 0 || i >= textColumns ? value.padEnd(widths[i]) : value.padStart(widths[i]))).join(' │ ')} │`
  const rule = (left: string, middle: string, right: string) =>
    `  ${left}${widths.map((width) => '─'.repeat(width + 2)).join(middle)}${right}`
  return [
    rule('┌', '┬', '┐'),
    line(columns),
    rule('├', '┼', '┤'),
    ...cells.map(line),
    rule('└', '┴', '┘'),
  ].join('\n')
}

const loadAverage = () => {
  const [one, five, fifteen] = os.loadavg()
  return `${one.toFixed(2)}, ${five.toFixed(2)}, ${fifteen.toFixed(2)} on ${os.cpus().length} cores`
}

/** The server's own timing of one password hash check (the bench-only route). */
async function hashTime(base: string) {
  const res = await fetch(`${base}/__bench/hash`).catch(() => undefined)
  if (!res?.ok) return undefined
  return ((await res.json()) as { medianMs: number }).medianMs
}

interface Saved {
  at: string
  dataSet: { seedMs?: number; users: number; activities: number; products: number }
  scenarios: Row[]
}

/** `large` and `xlarge` side by side (each profile's last run), once both were measured. */
function growth() {
  const read = (profile: string): Saved | undefined => {
    const file = `${WORK}/results-${profile}.json`
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Saved) : undefined
  }
  const [large, xlarge] = [read('large'), read('xlarge')]
  if (!large || !xlarge) return
  const seeded = (saved: Saved) =>
    saved.dataSet.seedMs === undefined
      ? 'seeded by an earlier run'
      : `seeded in ${saved.dataSet.seedMs} ms`
  console.log(
    `\n  Growth: large (run ${large.at}, ${seeded(large)}, ${large.dataSet.users} users, ${large.dataSet.activities} activities, ${large.dataSet.products} products) vs xlarge (run ${xlarge.at}, ${seeded(xlarge)}, ${xlarge.dataSet.users} users, ${xlarge.dataSet.activities} activities, ${xlarge.dataSet.products} products); target: xlarge within 1.5× of large; the two runs are compared only when the machine's load and the bare route's req/s were alike in both`
  )
  for (const row of large.scenarios) {
    const other = xlarge.scenarios.find((candidate) => candidate.scenario === row.scenario)
    if (!row.open || !other?.open || !row.cpuUs || !other.cpuUs) continue
    const cpu = other.cpuUs / row.cpuUs
    const p95 = other.open.p95 / row.open.p95
    console.log(
      `  ${row.scenario}: CPU/req ${row.cpuUs} → ${other.cpuUs} µs (${cpu.toFixed(2)}×) · open p95 ${ms(row.open.p95)} → ${ms(other.open.p95)} (${p95.toFixed(2)}×) · ${cpu <= 1.5 && p95 <= 1.5 ? 'PASS' : 'FAIL'}`
    )
  }
}

async function main() {
  const loadAtStart = loadAverage()
  let hashMs: number | undefined
  const only = process.argv.slice(2).map((word) => word.toLowerCase())
  const dataSet = await prepare()
  const onlyJobs = process.env.BENCH_ONLY_JOBS === '1'
  const env = productionEnv(SERVER_PORT)
  const startEnv = Object.entries(serverStartEnv())
    .map(([name, value]) => `${name}=${value} `)
    .join('')
  if (!onlyJobs)
    step(
      `Server: ${startEnv}node ${[...serverNodeFlags(), 'bin/server.js'].join(' ')} (NODE_ENV=production, http://127.0.0.1:${SERVER_PORT}, Redis db ${env.REDIS_DB}, LOG_LEVEL=warn, metrics recorded, tracing off)`
    )
  const rows: Row[] = []
  let jobs: Awaited<ReturnType<typeof jobThroughput>> | null = null
  const rss = new RssSampler(() => null)
  if (!onlyJobs) {
    const server = await startServer(env)
    rss.read = () => server.rssMb()
    rss.start()
    const client = await benchDb()
    try {
      const all = await scenarios(server.base, client)
      const chosen = only.length
        ? all.filter((scenario) => only.some((word) => scenario.name.toLowerCase().includes(word)))
        : all
      step(
        `Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per scenario and per bare twin (after ${WARMUP_S} s warm-ups)`
      )
      for (const scenario of chosen) rows.push(await run(scenario, server, rss))
      // Off the RSS record: five back-to-back hashes of the bench-only route (16 MB each) are no production traffic.
      rss.stop()
      hashMs = await hashTime(server.base)
    } finally {
      rss.stop()
      await client.end()
      await server.stop()
    }
  }
  let tracing: TracingOverhead | null = null
  const tracedChosen = only.length === 0 || only.some((word) => TRACED_SCENARIO.includes(word))
  if (process.env.BENCH_SKIP_TRACING !== '1' && tracedChosen && !onlyJobs) {
    step(
      `Tracing: ${TRACED_SCENARIO} on a server with tracing off, then with OTEL_EXPORTER_OTLP_ENDPOINT set (OTLP/HTTP to a loopback sink), ${DURATION_S} s each`
    )
    const tracingClient = await benchDb()
    try {
      tracing = await tracingOverhead(tracingClient, {
        connections: CONNECTIONS,
        durationS: DURATION_S,
        warmupS: WARMUP_S,
      })
    } finally {
      await tracingClient.end()
    }
  }
  if (process.env.BENCH_SKIP_JOBS !== '1' && only.length === 0) {
    step('Jobs: BullMQ, one `node ace queue:work` process of the build (concurrency 5 per queue)')
    jobs = await jobThroughput()
  }

  const peakRssMb = rss.samples.length ? rss.peak() : Number.NaN
  // BENCH_ONLY_JOBS: no server ran, so no RSS figure and no verdict on it.
  const rssPass = onlyJobs || peakRssMb < TARGETS.rssMb
  if (!onlyJobs) {
    console.log(
      `\n  Production build on 127.0.0.1 · PostgreSQL ${dataSet.users} users, ${dataSet.activities} activities, ${dataSet.products} products · ${CONNECTIONS} connections · ${DURATION_S} s each`
    )
    console.log(table(rows))
    console.log(
      `  ratio = req/s of the scenario / req/s of GET /__bench/bare/<same bytes> (a route answering JSON of the same size from memory), the two measured in turn in ${ROUNDS} slice${ROUNDS === 1 ? '' : 's'} each.`
    )
    console.log(
      `  p50/p95/p99 = open loop: the scenario sent at the offered rate for ${OPEN_S} s whatever the answers, each time from the request's scheduled start (a late answer delays no later send).`
    )
    console.log(
      "  CPU/req = the server process's CPU time (user + system) over the slices / the requests it answered in them; PostgreSQL, Redis and autocannon share the same 2 cores."
    )
    for (const row of rows) if (row.note) console.log(`  · ${row.scenario}: ${row.note}`)
  }
  if (!onlyJobs)
    console.log(
      `\n  server RSS under load: peak ${peakRssMb.toFixed(0)} MB (${rss.samples.length} samples of /proc/<pid>/status) · target < ${TARGETS.rssMb} MB → ${rssPass ? 'PASS' : 'FAIL'}`
    )
  if (hashMs !== undefined)
    console.log(
      `  login: the password hash check alone takes ${hashMs.toFixed(1)} ms of server CPU (median of 5, GET /__bench/hash), part of login's CPU/req`
    )
  let jobsPass = true
  if (jobs) {
    for (const [index, result] of jobs.results.entries()) {
      const delivered =
        result.delivered === undefined ? '' : `, ${result.delivered} delivered to the SMTP sink`
      const target = index === 0 ? TARGETS.noopJobsPerS : TARGETS.emailJobsPerS
      const ok = result.jobsPerSecond >= target && result.failed === 0
      jobsPass &&= ok
      console.log(
        `  jobs: ${result.job}: ${result.jobsPerSecond} jobs/s per worker process (${result.jobs} jobs in ${result.seconds} s, ${result.failed} failed${delivered}; worker CPU ${result.cpuUsPerJob} µs/job) · target ≥ ${target}/s → ${ok ? 'PASS' : 'FAIL'}`
      )
    }
  }
  if (tracing)
    console.log(
      `  tracing: ${tracing.scenario}: ${tracing.off.requestsPerSecond} req/s, ${tracing.off.cpuUs} µs CPU/req with tracing off · ${tracing.on.requestsPerSecond} req/s, ${tracing.on.cpuUs} µs CPU/req with it on (${tracing.on.spansExported} spans exported) · cost ${tracing.capacityCostPercent} % of capacity, +${tracing.cpuCostUs} µs CPU/req`
    )
  console.log(`  machine load (uptime) at the start: ${loadAtStart} · at the end: ${loadAverage()}`)

  mkdirSync(WORK, { recursive: true })
  const pass = rssPass && jobsPass && rows.every((row) => row.verdict !== 'FAIL')
  writeFileSync(
    `${WORK}/results.json`,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        connections: CONNECTIONS,
        durationS: DURATION_S,
        dataSet,
        targets: TARGETS,
        scenarios: rows,
        rss: { peakMb: peakRssMb, pass: rssPass, samples: rss.samples.length },
        jobs,
        tracing,
        hashMs,
        load: { atStart: loadAtStart, atEnd: loadAverage() },
        pass,
      },
      null,
      2
    )
  )
  writeFileSync(`${WORK}/results-${PROFILE}.json`, readFileSync(`${WORK}/results.json`))
  growth()
  console.log(
    `\n  results: tmp/bench/results.json (and results-${PROFILE}.json) · overall ${pass ? 'PASS' : 'FAIL'}`
  )
  process.exitCode = pass ? 0 : 1
}

await main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
