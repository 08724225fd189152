/*
| `npm test`: the whole Japa suite (unit + functional) on PostgreSQL, then on a
| fresh embedded SQLite file in a temporary directory. Both runs always happen;
| the exit code is non-zero when either failed. `npm run test:pg` and
| `npm run test:sqlite` run one of them. Arguments after the database name go
| to `node ace test` (`npm test -- --files tests/functional/x.spec.ts`).
*/
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

interface Run {
  label: string
  env: () => { env: Record<string, string>; cleanup: () => void }
}

const RUNS: Record<string, Run> = {
  pg: {
    label: 'PostgreSQL',
    env: () => ({ env: { DB_CONNECTION: 'postgres' }, cleanup: () => {} }),
  },
  sqlite: {
    label: 'SQLite',
    env: () => {
      const dir = mkdtempSync(join(tmpdir(), 'marquee-test-sqlite-'))
      return {
        env: { DB_CONNECTION: 'sqlite', SQLITE_FILE: join(dir, 'test.sqlite3') },
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      }
    },
  },
}

/**
 * A run that hangs (a child process a failed test left behind, a server that
 * never closes) is killed with everything it started, so the other run and
 * CI still finish: TEST_RUN_TIMEOUT_MINUTES, 40 by default.
 */
const RUN_TIMEOUT_MINUTES = Number(process.env.TEST_RUN_TIMEOUT_MINUTES ?? 40)

/** Each run is its own process group: the runner, the test process and the servers and workers tests start. */
function killGroup(child: ReturnType<typeof spawn>, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    child.kill(signal)
  }
}

let current: ReturnType<typeof spawn> | null = null
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true
    if (current) killGroup(current, signal)
  })
}

function runSuite(run: Run, args: string[]): Promise<{ code: number; seconds: number }> {
  const { env, cleanup } = run.env()
  const started = Date.now()
  console.log(`\n[test] ${run.label}: node ace test ${args.join(' ')}`.trimEnd())
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['ace.js', 'test', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    })
    current = child
    const watchdog = setTimeout(() => {
      console.log(
        `\n[test] ${run.label}: still running after ${RUN_TIMEOUT_MINUTES} min; killing it (counts as failed)`
      )
      killGroup(child, 'SIGKILL')
    }, RUN_TIMEOUT_MINUTES * 60_000)
    child.on('close', (code, signal) => {
      clearTimeout(watchdog)
      current = null
      cleanup()
      resolve({
        code: code ?? (signal ? 1 : 0),
        seconds: Math.round((Date.now() - started) / 1000),
      })
    })
  })
}

const minutes = (seconds: number) =>
  `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`

const [first, ...rest] = process.argv.slice(2)
const chosen = first && first in RUNS ? [first] : ['pg', 'sqlite']
const args = first && first in RUNS ? rest : process.argv.slice(2)

const results: string[] = []
let failed = false
for (const name of chosen) {
  if (interrupted) break
  const outcome = await runSuite(RUNS[name], args)
  failed ||= outcome.code !== 0
  results.push(
    `${RUNS[name].label} ${outcome.code === 0 ? 'passed' : `failed (exit ${outcome.code})`} in ${minutes(outcome.seconds)}`
  )
}
console.log(`\n[test] ${results.join(' · ')}`)
process.exitCode = failed || interrupted ? 1 : 0
