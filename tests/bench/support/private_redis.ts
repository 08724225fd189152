import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import net from 'node:net'
import { FAULT_REDIS_PORT, WORK } from '#tests/bench/support/env'
import { sleep } from '#tests/bench/support/processes'

/**
 * A redis-server of the fault scripts' own, on FAULT_REDIS_PORT, that they
 * kill and restart (the shared Redis is never touched). It keeps an
 * append-only file fsynced on every write in tmp/bench/redis-fault, so a
 * restart after SIGKILL comes back with every write it acknowledged, as a
 * production Redis with `appendfsync always` would.
 */
export class PrivateRedis {
  readonly port = FAULT_REDIS_PORT
  readonly dir = `${WORK}/redis-fault`
  #child?: ChildProcess

  get running() {
    return !!this.#child && this.#child.exitCode === null && this.#child.signalCode === null
  }

  /** Starts redis-server (a fresh data folder unless `keepData`); resolves once it answers PING. */
  async start({ keepData = false } = {}) {
    if (!keepData) rmSync(this.dir, { recursive: true, force: true })
    mkdirSync(this.dir, { recursive: true })
    if (await answers(this.port))
      throw new Error(
        `Something already listens on 127.0.0.1:${this.port} (BENCH_FAULT_REDIS_PORT picks another port)`
      )
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: 'ignore' }
    )
    this.#child = child
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(
          `redis-server on port ${this.port} exited (${child.exitCode ?? child.signalCode}); is redis-server installed?`
        )
      if (await answers(this.port)) return
      await sleep(50)
    }
    throw new Error(`redis-server on port ${this.port} did not answer within 10 s`)
  }

  /** Kills redis-server with `signal` and resolves once it is gone. */
  stop(signal: NodeJS.Signals = 'SIGKILL') {
    const child = this.#child
    return new Promise<void>((resolve) => {
      if (!child || !this.running) return resolve()
      child.once('exit', () => resolve())
      child.kill(signal)
    })
  }
}

/** Whether a Redis answers PING on 127.0.0.1:<port> within 500 ms. */
function answers(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const done = (value: boolean) => {
      socket.destroy()
      resolve(value)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}
