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
  pg: { label: 'PostgreSQL', env: () => ({ env: { DB_CONNECTION: 'postgres' }, cleanup: () => {} }) },
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

let current: ReturnType<typeof spawn> | null = null
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true
    current?.kill(signal)
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
    })
    current = child
    child.on('close', (code, signal) => {
      current = null
      cleanup()
      resolve({ code: code ?? (signal ? 1 : 0), seconds: Math.round((Date.now() - started) / 1000) })
    })
  })
}

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`

const [first, ...rest] = process.argv.slice(2)
const chosen = first && first in RUNS ? [first] : ['pg', 'sqlite']
const args = first && first in RUNS ? rest : process.argv.slice(2)

const results: string[] = []
let failed = false
for (const name of chosen) {
  if (interrupted) break
  const outcome = await runSuite(RUNS[name], args)
  failed ||= outcome.code !== 0
  results.push(`${RUNS[name].label} ${outcome.code === 0 ? 'passed' : `failed (exit ${outcome.code})`} in ${minutes(outcome.seconds)}`)
}
console.log(`\n[test] ${results.join(' · ')}`)
process.exitCode = failed || interrupted ? 1 : 0
