/*
| `npm run bench`: the platform under load on loopback (issue 10, with the
| feed figure of issue 5 and the product-list figures of issue 7).
|
| 1. Prepares PostgreSQL database `marquee_bench` (created, migrated, `large`
|    profile seeded once) and a production build in tmp/bench/build.
| 2. Starts `node bin/server.js` of the build: NODE_ENV=production, 127.0.0.1:3390,
|    Redis database 4, LOG_LEVEL=warn, BENCH_MODE=true (adds the bare route).
| 3. For each scenario: one probe request (must be 2xx; its size sizes the bare
|    twin), a warm-up, autocannon at 50 connections, then the bare route
|    GET /__bench/bare/<same bytes> the same way: the framework's ceiling on
|    this machine at this moment. The server's RSS is sampled all along.
| 4. BullMQ throughput of a no-op job and of the e-mail job with one worker.
| 5. Prints the table, writes tmp/bench/results.json, exits 1 if a target fails.
|
| `npm run bench -- feed checkout` runs only scenarios whose name contains one
| of the words. BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (50),
| BENCH_REUSE_BUILD=1, BENCH_SKIP_JOBS=1.
*/
import { mkdirSync, writeFileSync } from 'node:fs'
import { benchDb, prepare } from '#tests/bench/support/prepare'
import { productionEnv, SERVER_PORT, step, WORK } from '#tests/bench/support/env'
import { serverNodeFlags, serverStartEnv, startServer } from '#tests/bench/support/processes'
import { failures, load, ms, RssSampler, type Figures } from '#tests/bench/support/load'
import { scenarios, type Scenario } from '#tests/bench/support/scenarios'
import { jobThroughput } from '#tests/bench/support/jobs'

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
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
  targets: string
  failed: string[]
  verdict: 'PASS' | 'FAIL' | 'not available'
}

function judge(scenario: Scenario, figures: Figures, ratio: number) {
  const failed: string[] = []
  if (!(figures.p99 < TARGETS.p99Ms)) failed.push(`p99 ${ms(figures.p99)}`)
  if (scenario.cached && !(ratio >= TARGETS.cachedRatio)) failed.push(`ratio ${(ratio * 100).toFixed(0)}%`)
  if (scenario.p95TargetMs && !(figures.p95 < scenario.p95TargetMs)) failed.push(`p95 ${ms(figures.p95)}`)
  const errors = failures(figures)
  if (errors) failed.push(`${errors} failed requests ${JSON.stringify(figures.statuses)}`)
  return failed
}

const targetsOf = (scenario: Scenario) =>
  [scenario.cached ? `≥${TARGETS.cachedRatio * 100}% bare` : '', scenario.p95TargetMs ? `p95<${scenario.p95TargetMs}` : '', `p99<${TARGETS.p99Ms}`].filter(Boolean).join(' ')

async function run(scenario: Scenario, base: string, rss: RssSampler): Promise<Row> {
  const row = { scenario: scenario.name, cached: scenario.cached, note: scenario.note, targets: targetsOf(scenario) }
  if (scenario.unavailable) return { ...row, unavailable: scenario.unavailable, failed: [], verdict: 'not available' }
  const probe = await scenario.probe()
  if (probe.status < 200 || probe.status > 299) throw new Error(`${scenario.name}: the probe request answered ${probe.status}`)
  const bare = [{ method: 'GET', path: `/__bench/bare/${probe.bytes}` }]

  await load({ base, steps: scenario.steps, connections: CONNECTIONS, durationS: WARMUP_S })
  const from = rss.samples.length
  const figures = await load({ base, steps: scenario.steps, connections: CONNECTIONS, durationS: DURATION_S })
  const peakRssMb = rss.peak(from)
  await load({ base, steps: bare, connections: CONNECTIONS, durationS: WARMUP_S })
  const bareFigures = await load({ base, steps: bare, connections: CONNECTIONS, durationS: DURATION_S })
  const ratio = figures.requestsPerSecond / bareFigures.requestsPerSecond
  const failed = judge(scenario, figures, ratio)
  console.log(`  ${scenario.name}: ${figures.requestsPerSecond} req/s, p99 ${ms(figures.p99)} · bare ${bareFigures.requestsPerSecond} req/s · ${failed.length ? `FAIL (${failed.join(', ')})` : 'PASS'}`)
  return { ...row, bytes: probe.bytes, figures, bare: bareFigures, ratio, peakRssMb, failed, verdict: failed.length ? 'FAIL' : 'PASS' }
}

function table(rows: Row[]) {
  const columns = ['scenario', 'req/s', 'p50', 'p95', 'p99', 'bare req/s', 'ratio', 'target', 'verdict']
  const cells = rows.map((row) =>
    row.figures && row.bare
      ? [row.scenario, String(row.figures.requestsPerSecond), ms(row.figures.p50), ms(row.figures.p95), ms(row.figures.p99), String(row.bare.requestsPerSecond), `${((row.ratio ?? 0) * 100).toFixed(0)}%`, row.targets, row.verdict]
      : [row.scenario, '–', '–', '–', '–', '–', '–', row.targets, `not available (${row.unavailable})`]
  )
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i].length)))
  const line = (values: string[]) => `  │ ${values.map((value, i) => (i === 0 || i >= 7 ? value.padEnd(widths[i]) : value.padStart(widths[i]))).join(' │ ')} │`
  const rule = (left: string, middle: string, right: string) => `  ${left}${widths.map((width) => '─'.repeat(width + 2)).join(middle)}${right}`
  return [rule('┌', '┬', '┐'), line(columns), rule('├', '┼', '┤'), ...cells.map(line), rule('└', '┴', '┘')].join('\n')
}

async function main() {
  const only = process.argv.slice(2).map((word) => word.toLowerCase())
  const dataSet = await prepare()
  const env = productionEnv(SERVER_PORT)
  const startEnv = Object.entries(serverStartEnv()).map(([name, value]) => `${name}=${value} `).join('')
  step(`Server: ${startEnv}node ${[...serverNodeFlags(), 'bin/server.js'].join(' ')} (NODE_ENV=production, http://127.0.0.1:${SERVER_PORT}, Redis db ${env.REDIS_DB}, LOG_LEVEL=warn)`)
  const server = await startServer(env)
  const rss = new RssSampler(() => server.rssMb()).start()
  const client = await benchDb()
  const rows: Row[] = []
  let jobs: Awaited<ReturnType<typeof jobThroughput>> | null = null
  try {
    const all = await scenarios(server.base, client)
    const chosen = only.length ? all.filter((scenario) => only.some((word) => scenario.name.toLowerCase().includes(word))) : all
    step(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per scenario and per bare twin (after ${WARMUP_S} s warm-ups)`)
    for (const scenario of chosen) rows.push(await run(scenario, server.base, rss))
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
  console.log(`\n  Production build on 127.0.0.1 · PostgreSQL ${dataSet.users} users, ${dataSet.activities} activities, ${dataSet.products} products · ${CONNECTIONS} connections · ${DURATION_S} s each`)
  console.log(table(rows))
  console.log('  ratio = req/s of the scenario / req/s of GET /__bench/bare/<same bytes> (a route answering JSON of the same size from memory), measured right after it.')
  for (const row of rows) if (row.note) console.log(`  · ${row.scenario}: ${row.note}`)
  console.log(`\n  server RSS under load: peak ${peakRssMb.toFixed(0)} MB (${rss.samples.length} samples of /proc/<pid>/status) · target < ${TARGETS.rssMb} MB → ${rssPass ? 'PASS' : 'FAIL'}`)
  if (jobs) {
    for (const result of jobs.results) {
      const delivered = result.delivered === undefined ? '' : `, ${result.delivered} delivered to the SMTP sink`
      console.log(`  jobs: ${result.job}: ${result.jobsPerSecond} jobs/s (${result.jobs} jobs in ${result.seconds} s, ${result.failed} failed${delivered})`)
    }
  }

  mkdirSync(WORK, { recursive: true })
  const pass = rssPass && rows.every((row) => row.verdict !== 'FAIL')
  writeFileSync(
    `${WORK}/results.json`,
    JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION_S, dataSet, targets: TARGETS, scenarios: rows, rss: { peakMb: peakRssMb, pass: rssPass, samples: rss.samples.length }, jobs, pass }, null, 2)
  )
  console.log(`\n  results: tmp/bench/results.json · overall ${pass ? 'PASS' : 'FAIL'}`)
  process.exitCode = pass ? 0 : 1
}

await main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
