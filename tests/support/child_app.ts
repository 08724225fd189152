import { spawn } from 'node:child_process'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import appEnv from '#start/env'
import { sqliteFile } from '#config/database'

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ChildResult {
  code: number | null
  output: string
}

/** Environment for a child app process: the parent's PATH and nothing of the test env. */
export function childEnv(extra: Record<string, string>) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LOG_LEVEL: 'warn',
    ...extra,
  }
}

/** The suite's database (PostgreSQL, or the SQLite file of a SQLite run), Redis and queue prefix, for a child app process. */
export function sharedServicesEnv(nodeEnv: 'test' | 'development'): Record<string, string> {
  const database: Record<string, string | number | undefined> =
    appEnv.get('DB_CONNECTION') === 'sqlite'
      ? { DB_CONNECTION: 'sqlite', SQLITE_FILE: sqliteFile }
      : {
          DB_CONNECTION: 'postgres',
          DB_HOST: appEnv.get('DB_HOST'),
          DB_PORT: appEnv.get('DB_PORT'),
          DB_USER: appEnv.get('DB_USER'),
          DB_PASSWORD: appEnv.get('DB_PASSWORD'),
          DB_DATABASE: appEnv.get('DB_DATABASE'),
        }
  const values: Record<string, string | number | undefined> = {
    NODE_ENV: nodeEnv,
    ...database,
    REDIS_HOST: appEnv.get('REDIS_HOST'),
    REDIS_PORT: appEnv.get('REDIS_PORT'),
    REDIS_DB: appEnv.get('REDIS_DB'),
    QUEUE_PREFIX: appEnv.get('QUEUE_PREFIX'),
  }
  const set = Object.entries(values).filter(([, value]) => value !== undefined && value !== '')
  return Object.fromEntries(set.map(([name, value]) => [name, String(value)]))
}

/** Environment for an ace command run against the suite's own database and Redis. */
export function suiteEnv() {
  return sharedServicesEnv('test')
}

/** Runs a command in the app root to completion and captures stdout+stderr; `input` is written to its stdin, which then closes. */
export function run(
  args: string[],
  childVars: Record<string, string>,
  timeoutMs = 60_000,
  input?: string
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: APP_ROOT, env: childEnv(childVars) })
    if (input !== undefined) child.stdin.end(input)
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/** Starts the HTTP server in a child process and resolves once it listens. */
export function startServer(childVars: Record<string, string>, timeoutMs = 30_000) {
  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: APP_ROOT,
    env: childEnv({ LOG_LEVEL: 'info', ...childVars }),
  })
  let output = ''
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk
      if (/started HTTP server|Server address/i.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code))
  )
  return {
    ready,
    pid: child.pid,
    /** Resolves to the exit code once the process has exited. */
    exited,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('close', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** A free TCP port on 127.0.0.1 for a child app server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
