/**
 * How long the built `marquee` takes to start, as an operator feels it:
 * `marquee --help`, and `marquee whoami` with a stored (cached) access token
 * against a stub server that answers at once. Each run is a fresh process;
 * rounds interleave with a bare `node -e 0`, whose median is Node's own boot
 * (the same for any Node program on this machine). "Client start-up" is the
 * median of a command minus that boot. Build first: `npm run cli:build`.
 *
 *   npm run cli:startup            (ROUNDS=21 by default)
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
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
  response.end(JSON.stringify(request.url === '/api/v1/auth/me' ? { data: user, meta: {} } : { errors: [{ code: 'E_NOT_FOUND', message: 'not found' }] }))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const home = mkdtempSync(join(tmpdir(), 'marquee-startup-'))
mkdirSync(join(home, 'marquee'))
const inAnHour = new Date(Date.now() + 3_600_000).toISOString()
const session = { server: url, email: user.email, accessToken: 'oat_stub', accessTokenExpiresAt: inAnHour, refreshToken: 'rt_stub', refreshTokenExpiresAt: inAnHour }
writeFileSync(join(home, 'marquee', 'config.json'), JSON.stringify({ profiles: { default: session } }), { mode: 0o600 })
const env = Object.fromEntries(Object.entries({ ...process.env, XDG_CONFIG_HOME: home }).filter(([name]) => !name.startsWith('MARQUEE_')))

async function timed(args: string[]) {
  const started = performance.now()
  await exec(process.execPath, args, { env })
  return performance.now() - started
}

const runs = { node: [] as number[], help: [] as number[], whoami: [] as number[] }
// One untimed run of each fills V8's compile cache, as any earlier use of the command has.
await timed([BIN, '--help'])
await timed([BIN, 'whoami'])
for (let round = 0; round < ROUNDS; round++) {
  runs.node.push(await timed(['-e', '0']))
  runs.help.push(await timed([BIN, '--help']))
  runs.whoami.push(await timed([BIN, 'whoami', '--json']))
}
server.close()

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const boot = median(runs.node)
console.log(`node boot (node -e 0): ${boot.toFixed(0)} ms median of ${ROUNDS}`)
let over = false
for (const [name, label] of [['help', 'marquee --help'], ['whoami', 'marquee whoami (cached token)']] as const) {
  const total = median(runs[name])
  const client = total - boot
  over ||= client > TARGET_MS
  console.log(`${label}: ${total.toFixed(0)} ms in all, client start-up ${client.toFixed(0)} ms (target < ${TARGET_MS} ms)`)
}
process.exitCode = over ? 1 : 0
