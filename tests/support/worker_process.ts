import { spawn } from 'node:child_process'
import env from '#start/env'
import { APP_ROOT, childEnv } from '#tests/support/child_app'

/** The test run's database, Redis and queue prefix, for a child app process. */
function sharedServicesEnv(): Record<string, string> {
  const values: Record<string, string | number | undefined> = {
    NODE_ENV: 'development',
    DB_CONNECTION: env.get('DB_CONNECTION'),
    DB_HOST: env.get('DB_HOST'),
    DB_PORT: env.get('DB_PORT'),
    DB_USER: env.get('DB_USER'),
    DB_PASSWORD: env.get('DB_PASSWORD'),
    DB_DATABASE: env.get('DB_DATABASE'),
    REDIS_HOST: env.get('REDIS_HOST'),
    REDIS_PORT: env.get('REDIS_PORT'),
    REDIS_DB: env.get('REDIS_DB'),
    QUEUE_PREFIX: env.get('QUEUE_PREFIX'),
  }
  const set = Object.entries(values).filter(([, value]) => value !== undefined && value !== '')
  return Object.fromEntries(set.map(([name, value]) => [name, String(value)]))
}

/** `node ace queue:work …` in a child process. */
export function startWorker(args: string[], extraEnv: Record<string, string>) {
  const child = spawn(process.execPath, ['ace.js', 'queue:work', ...args], {
    cwd: APP_ROOT,
    env: childEnv({ ...sharedServicesEnv(), ...extraEnv }),
  })
  let output = ''
  const listeners: (() => void)[] = []
  const onData = (chunk: Buffer) => {
    output += chunk
    listeners.forEach((listener) => listener())
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  /** Resolves once the output matches; rejects if the process exits first or after `timeoutMs`. */
  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker output never matched ${pattern}:\n${output}`)), timeoutMs)
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer)
          resolve()
        }
      }
      listeners.push(check)
      check()
      exited.then((code) => {
        clearTimeout(timer)
        reject(new Error(`worker exited with ${code} before ${pattern}:\n${output}`))
      })
    })

  return {
    waitForOutput,
    exited,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    kill: (signal: NodeJS.Signals) => child.kill(signal),
  }
}
