/**
 * How long the built `marquee` takes to start, as an operator feels it:
 * `marquee --help`, and `marquee whoami` with a stored (cached) access token
 * against a stub server that answers at once. Each run is a fresh process;
 * rounds interleave with a bare `node -e 0`, whose median is Node's own boot
 * (the same for any Node program on this machine). "Client start-up" is the
 * median of a command minus that boot, in wall-clock time and in CPU time
 * (user + system, read by a probe at the process's exit): on a machine busy
 * with other work, wall-clock time mostly measures the wait for a core, CPU
 * time what the CLI itself costs. Build first: `npm run cli:build`.
 *
 *   npm run cli:startup            (ROUNDS=21 by default)
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const BIN = 'cli/build/bin/marquee.js'
const ROUNDS = Number(process.env.ROUNDS ?? 21)
const TARGET_MS = 150
const exec = promisify(execFile)

const user = { id: 1, email: 'ops@example.test', fullName: 'Ops', role: 'admin' }
const server = createServer((request, response) => {
  response.setHeader('content-type', 'application/json')
  response.end(
    JSON.stringify(
      request.url === '/api/v1/auth/me'
        ? { data: user, meta: {} }
        : { errors: [{ code: 'E_NOT_FOUND', message: 'not found' }] }
    )
  )
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const home = mkdtempSync(join(tmpdir(), 'marquee-startup-'))
mkdirSync(join(home, 'marquee'))
const inAnHour = new Date(Date.now() + 3_600_000).toISOString()
const session = {
  server: url,
  email: user.email,
  accessToken: 'oat_stub',
  accessTokenExpiresAt: inAnHour,
  refreshToken: 'rt_stub',
  refreshTokenExpiresAt: inAnHour,
}
writeFileSync(
  join(home, 'marquee', 'config.json'),
  JSON.stringify({ profiles: { default: session } }),
  { mode: 0o600 }
)
const env = Object.fromEntries(
  Object.entries({ ...process.env, XDG_CONFIG_HOME: home }).filter(
    ([name]) => !name.startsWith('MARQUEE_')
  )
)
const cpuFile = join(home, 'cpu')
/** Writes the process's CPU time (ms) to `cpuFile` as it exits. */
const PROBE = `data:text/javascript,process.on('exit', () => { const u = process.cpuUsage(); process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1000)) })`

async function timed(args: string[]) {
  const started = performance.now()
  await exec(process.execPath, [`--import=${PROBE}`, ...args], { env })
  return { wall: performance.now() - started, cpu: Number(readFileSync(cpuFile, 'utf8')) }
}

const runs = {
  node: [] as { wall: number; cpu: number }[],
  help: [] as { wall: number; cpu: number }[],
  whoami: [] as { wall: number; cpu: number }[],
}
// One untimed run of each fills V8's compile cache, as any earlier use of the command has.
await timed([BIN, '--help'])
await timed([BIN, 'whoami'])
for (let round = 0; round < ROUNDS; round++) {
  runs.node.push(await timed(['-e', '0']))
  runs.help.push(await timed([BIN, '--help']))
  runs.whoami.push(await timed([BIN, 'whoami', '--json']))
}
server.close()

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const of = (name: keyof typeof runs, kind: 'wall' | 'cpu') =>
  median(runs[name].map((run) => run[kind]))
console.log(
  `node boot (node -e 0): ${of('node', 'wall').toFixed(0)} ms wall, ${of('node', 'cpu').toFixed(0)} ms CPU (medians of ${ROUNDS})`
)
let over = false
for (const [name, label] of [
  ['help', 'marquee --help'],
  ['whoami', 'marquee whoami (cached token)'],
] as const) {
  const wall = of(name, 'wall') - of('node', 'wall')
  const cpu = of(name, 'cpu') - of('node', 'cpu')
  over ||= Math.min(wall, cpu) > TARGET_MS
  console.log(
    `${label}: client start-up ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (target < ${TARGET_MS} ms; ${of(name, 'wall').toFixed(0)} ms wall in all)`
  )
}
console.log(
  `load average while measuring: ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`
)
process.exitCode = over ? 1 : 0
