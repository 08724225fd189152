import net from 'node:net'

export interface RedisTarget {
  host: string
  port: number
}

/**
 * Checks once, at boot, whether Redis answers. Config files use the answer to
 * pick Redis-backed stores or memory fallbacks, so it must resolve before the
 * container is configured (hence plain TCP instead of the Redis service).
 */
export function probeRedis(target: RedisTarget, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: target.host, port: target.port })
    let settled = false
    const done = (ok: boolean) => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve(ok)
    }
    // The timeout gives up on the next turn of the event loop, after its I/O:
    // while the loop was blocked (modules compiling at boot on a loaded
    // machine) the timer can be due before the connection that came in
    // meanwhile was read, which would count a Redis that answered as absent.
    socket.setTimeout(timeoutMs, () => setImmediate(() => done(false)))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

/**
 * Probes until Redis answers or `totalMs` passed: a production process
 * started together with others on a loaded machine (or just before Redis)
 * waits for it instead of exiting on one slow answer.
 */
export async function waitForRedis(target: RedisTarget, totalMs: number, probeMs = 2000) {
  const deadline = Date.now() + totalMs
  while (true) {
    if (await probeRedis(target, probeMs)) return true
    if (Date.now() + 1000 >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

export class RedisUnavailableError extends Error {
  constructor(target: RedisTarget) {
    super(
      `Redis does not answer at ${target.host}:${target.port}. Production requires Redis: ` +
        `set REDIS_HOST and REDIS_PORT (and REDIS_PASSWORD if needed) to a reachable server.`
    )
  }
}
