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
|    weighs on both sides of the ratio alike. The server's RSS is sampled all
|    along, its CPU time read around every slice.
| 4. BullMQ throughput of a no-op job and of the e-mail job with one worker.
| 5. Prints the table, writes tmp/bench/results.json, exits 1 if a target fails.
|
| `npm run bench -- feed checkout` runs only scenarios whose name contains one
| of the words. BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (50),
| BENCH_ROUNDS (5), BENCH_REUSE_BUILD=1, BENCH_SKIP_JOBS=1.
*/
import { mkdirSync, writeFileSync } from 'node:fs'
import { benchDb, prepare } from '#tests/bench/support/prepare'
import { productionEnv, SERVER_PORT, step, WORK } from '#tests/bench/support/env'
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

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5))
const WARMUP_S = 2
const TARGETS = { cachedRatio: 0.7, p99Ms: 100, rssMb: 300 }

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
  /** Server CPU time (user + system) per measured request, µs. */
  cpuUs?: number
  bareCpuUs?: number
  targets: string
  failed: string[]
  verdict: 'PASS' | 'FAIL' | 'not available'
}

function judge(scenario: Scenario, figures: Figures, ratio: number) {
  const failed: string[] = []
  if (!(figures.p99 < TARGETS.p99Ms)) failed.push(`p99 ${ms(figures.p99)}`)
  if (scenario.cached && !(ratio >= TARGETS.cachedRatio))
    failed.push(`ratio ${(ratio * 100).toFixed(0)}%`)
  if (scenario.p95TargetMs && !(figures.p95 < scenario.p95TargetMs))
    failed.push(`p95 ${ms(figures.p95)}`)
  const errors = failures(figures)
  if (errors) failed.push(`${errors} failed requests ${JSON.stringify(figures.statuses)}`)
  return failed
}

const targetsOf = (scenario: Scenario) =>
  [
    scenario.cached ? `≥${TARGETS.cachedRatio * 100}% bare` : '',
    scenario.p95TargetMs ? `p95<${scenario.p95TargetMs}` : '',
    `p99<${TARGETS.p99Ms}`,
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
  return {
    figures,
    bare: ceiling,
    cpuUs: Math.round((sides.scenario.cpuMs * 1000) / figures.requests),
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
  const { figures, bare, cpuUs, bareCpuUs } = await measure(
    scenario,
    [{ method: 'GET', path: `/__bench/bare/${probe.bytes}` }],
    server
  )
  const peakRssMb = rss.peak(from)
  const ratio = figures.requestsPerSecond / bare.requestsPerSecond
  const failed = judge(scenario, figures, ratio)
  console.log(
    `  ${scenario.name}: ${figures.requestsPerSecond} req/s, p99 ${ms(figures.p99)}, ${cpuUs} µs CPU/req · bare ${bare.requestsPerSecond} req/s, ${bareCpuUs} µs CPU/req · ${failed.length ? `FAIL (${failed.join(', ')})` : 'PASS'}`
  )
  return {
    ...row,
    bytes: probe.bytes,
    figures,
    bare,
    ratio,
    peakRssMb,
    cpuUs,
    bareCpuUs,
    failed,
    verdict: failed.length ? 'FAIL' : 'PASS',
  }
}

function table(rows: Row[]) {
  const columns = [
    'scenario',
    'req/s',
    'p50',
    'p95',
    'p99',
    'CPU/req',
    'bare req/s',
    'bare CPU/req',
    'ratio',
    'target',
    'verdict',
  ]
  const cpu = (us?: number) => (us !== undefined && Number.isFinite(us) ? `${us} µs` : 'n/a')
  const cells = rows.map((row) =>
    row.figures && row.bare
      ? [
          row.scenario,
          String(row.figures.requestsPerSecond),
          ms(row.figures.p50),
          ms(row.figures.p95),
          ms(row.figures.p99),
          cpu(row.cpuUs),
          String(row.bare.requestsPerSecond),
          cpu(row.bareCpuUs),
          `${((row.ratio ?? 0) * 100).toFixed(0)}%`,
          row.targets,
          row.verdict,
        ]
      : [
          row.scenario,
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
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

async function main() {
  const only = process.argv.slice(2).map((word) => word.toLowerCase())
  const dataSet = await prepare()
  const env = productionEnv(SERVER_PORT)
  const startEnv = Object.entries(serverStartEnv())
    .map(([name, value]) => `${name}=${value} `)
    .join('')
  step(
    `Server: ${startEnv}node ${[...serverNodeFlags(), 'bin/server.js'].join(' ')} (NODE_ENV=production, http://127.0.0.1:${SERVER_PORT}, Redis db ${env.REDIS_DB}, LOG_LEVEL=warn)`
  )
  const server = await startServer(env)
  const rss = new RssSampler(() => server.rssMb()).start()
  const client = await benchDb()
  const rows: Row[] = []
  let jobs: Awaited<ReturnType<typeof jobThroughput>> | null = null
  try {
    const all = await scenarios(server.base, client)
    const chosen = only.length
      ? all.filter((scenario) => only.some((word) => scenario.name.toLowerCase().includes(word)))
      : all
    step(
      `Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per scenario and per bare twin (after ${WARMUP_S} s warm-ups)`
    )
    for (const scenario of chosen) rows.push(await run(scenario, server, rss))
  } finally {
    rss.stop()
    await client.end()
    await server.stop()
  }
  if (process.env.BENCH_SKIP_JOBS !== '1' && only.length === 0) {
    step('Jobs: BullMQ, one `node ace queue:work` process of the build (concurrency 5 per queue)')
    jobs = await jobThroughput()
  }

  const peakRssMb = rss.samples.length ? rss.peak() : Number.NaN
  const rssPass = peakRssMb < TARGETS.rssMb
  console.log(
    `\n  Production build on 127.0.0.1 · PostgreSQL ${dataSet.users} users, ${dataSet.activities} activities, ${dataSet.products} products · ${CONNECTIONS} connections · ${DURATION_S} s each`
  )
  console.log(table(rows))
  console.log(
    `  ratio = req/s of the scenario / req/s of GET /__bench/bare/<same bytes> (a route answering JSON of the same size from memory), the two measured in turn in ${ROUNDS} slice${ROUNDS === 1 ? '' : 's'} each.`
  )
  console.log(
    "  CPU/req = the server process's CPU time (user + system) over the slices / the requests it answered in them; PostgreSQL, Redis and autocannon share the same 2 cores."
  )
  for (const row of rows) if (row.note) console.log(`  · ${row.scenario}: ${row.note}`)
  console.log(
    `\n  server RSS under load: peak ${peakRssMb.toFixed(0)} MB (${rss.samples.length} samples of /proc/<pid>/status) · target < ${TARGETS.rssMb} MB → ${rssPass ? 'PASS' : 'FAIL'}`
  )
  if (jobs) {
    for (const result of jobs.results) {
      const delivered =
        result.delivered === undefined ? '' : `, ${result.delivered} delivered to the SMTP sink`
      console.log(
        `  jobs: ${result.job}: ${result.jobsPerSecond} jobs/s (${result.jobs} jobs in ${result.seconds} s, ${result.failed} failed${delivered})`
      )
    }
  }

  mkdirSync(WORK, { recursive: true })
  const pass = rssPass && rows.every((row) => row.verdict !== 'FAIL')
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
        pass,
      },
      null,
      2
    )
  )
  console.log(`\n  results: tmp/bench/results.json · overall ${pass ? 'PASS' : 'FAIL'}`)
  process.exitCode = pass ? 0 : 1
}

await main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
