import { spawn, type ChildProcess } from 'node:child_process'
import { Redis } from 'ioredis'
import { probeRedis } from '#platform/runtime/redis_probe'
import { waitFor } from '#tests/support/wait'

/**
 * A redis-server of one spec alone on `port`, which the test starts and
 * SIGKILLs to stage an outage (the shared Redis is never touched).
 */
export class PrivateRedis {
  #child?: ChildProcess

  constructor(readonly port: number) {}

  /** Whether anything answers PING on the port. */
  up() {
    return probeRedis({ host: '127.0.0.1', port: this.port }, 200)
  }

  async start() {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' }
    )
    child.on('error', () => {})
    this.#child = child
    await waitFor(() => this.up(), {
      what: `the private Redis on ${this.port}`,
      timeoutMs: 30_000,
      intervalMs: 100,
      ignoreErrors: true,
    })
  }

  async kill() {
    const child = this.#child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGKILL')
    })
    await waitFor(async () => !(await this.up()), {
      what: `the private Redis on ${this.port} to be gone`,
      timeoutMs: 30_000,
      intervalMs: 100,
      ignoreErrors: true,
    })
  }

  /** Runs `fn` with a fresh client (fresh each time: this Redis comes and goes). */
  async with<T>(fn: (client: Redis) => Promise<T>) {
    const client = new Redis({
      port: this.port,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    })
    client.on('error', () => {})
    try {
      await client.connect()
      return await fn(client)
    } finally {
      client.disconnect()
    }
  }

  keys(pattern: string) {
    return this.with((client) => client.keys(pattern))
  }
}
