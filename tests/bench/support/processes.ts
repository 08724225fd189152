import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { BUILD, SOURCE } from '#tests/bench/support/env'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `node <args>` in `cwd` to completion; rejects with its output on a non-zero exit or after `timeoutMs`. */
export function runNode(
  args: string[],
  env: Record<string, string>,
  { cwd = SOURCE, timeoutMs = 300_000 } = {}
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env })
    let output = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`))
    })
  })
}

/** A long-running app process of the production build (server or worker) that this script started. */
export class AppProcess {
  readonly child: ChildProcess
  #output = ''

  constructor(
    readonly label: string,
    args: string[],
    env: Record<string, string>
  ) {
    this.child = spawn(process.execPath, args, { cwd: BUILD, env })
    const keep = (chunk: Buffer) => (this.#output = (this.#output + chunk).slice(-20_000))
    this.child.stdout!.on('data', keep)
    this.child.stderr!.on('data', keep)
  }

  get pid() {
    return this.child.pid!
  }

  get output() {
    return this.#output
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /** Resident memory of the process in MB (VmRSS of /proc/<pid>/status), null once it exited. */
  rssMb(): number | null {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1]
      return kb ? Number(kb) / 1024 : null
    } catch {
      return null
    }
  }

  /** CPU time the process has used so far (user + system, from /proc/<pid>/stat, in clock ticks of 10 ms), null once it exited. */
  cpuMs(): number | null {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return (Number(fields[11]) + Number(fields[12])) * 10
    } catch {
      return null
    }
  }

  /** Resolves once `check` passes (polled every 100 ms); rejects if the process exits first or after `timeoutMs`. */
  async waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(
          `${this.label} exited (${this.child.exitCode ?? this.child.signalCode}) before ${what}:\n${this.#output}`
        )
      if (
        await Promise.resolve()
          .then(check)
          .catch(() => false)
      )
        return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`${this.label}: no ${what} within ${timeoutMs / 1000} s:\n${this.#output}`)
  }

  /** Sends `signal` and resolves when the process is gone (SIGKILL after `graceMs`). */
  stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) {
    return new Promise<void>((resolve) => {
      if (!this.running) return resolve()
      const force = setTimeout(() => this.child.kill('SIGKILL'), graceMs)
      this.child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      this.child.kill(signal)
    })
  }
}

const startWords = (): string[] =>
  (JSON.parse(readFileSync(`${SOURCE}package.json`, 'utf8')).scripts?.start ?? '').split(/\s+/)

/**
 * The node flags of `npm start` (package.json of the source under test), so
 * the server under test runs as production does (e.g. --max-semi-space-size).
 */
export function serverNodeFlags(): string[] {
  const words = startWords()
  return words
    .slice(words.indexOf('node') + 1, words.indexOf('bin/server.js'))
    .filter((word) => word.startsWith('--'))
}

/** The `NAME=value` assignments in front of `node` in `npm start` (e.g. MALLOC_MMAP_THRESHOLD_). */
export function serverStartEnv(): Record<string, string> {
  const words = startWords()
  const assignments = words
    .slice(0, Math.max(0, words.indexOf('node')))
    .filter((word) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(word))
  return Object.fromEntries(
    assignments.map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)])
  )
}

/** `node <flags of npm start> bin/server.js` of the build, with the environment of npm start; resolves once GET /health answers 200. */
export async function startServer(env: Record<string, string>, label = 'server') {
  const server = new AppProcess(label, [...serverNodeFlags(), 'bin/server.js'], {
    ...serverStartEnv(),
    ...env,
  })
  const base = `http://${env.HOST}:${env.PORT}`
  try {
    await server.waitFor(
      'answer on /health',
      async () => (await fetch(`${base}/health`)).status === 200
    )
  } catch (error) {
    // A server that failed to boot can stay alive on its open connections.
    await server.stop('SIGKILL')
    throw error
  }
  return Object.assign(server, { base })
}

/** `node ace queue:work` of the build; resolves once it processes its queues. */
export async function startWorker(
  env: Record<string, string>,
  args: string[] = [],
  label = 'worker'
) {
  // BENCH_WORKER_FLAGS: node flags for the worker alone, e.g. --cpu-prof (bench.ts header).
  const flags = (process.env.BENCH_WORKER_FLAGS ?? '').split(/\s+/).filter(Boolean)
  const worker = new AppProcess(label, [...flags, 'ace.js', 'queue:work', ...args], {
    ...env,
    LOG_LEVEL: 'info',
  })
  try {
    await worker.waitFor('"processing queues" line', () =>
      worker.output.includes('processing queues')
    )
  } catch (error) {
    await worker.stop('SIGKILL')
    throw error
  }
  return worker
}
