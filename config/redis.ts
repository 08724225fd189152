import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'
import { probeRedis, RedisUnavailableError, waitForRedis } from '#platform/runtime/redis_probe'

const target = {
  host: env.get('REDIS_HOST', '127.0.0.1'),
  port: env.get('REDIS_PORT', 6379),
}

/**
 * Whether Redis answered at boot. Development and tests fall back to memory
 * stores when it does not (with one loud warning); production refuses to start.
 * The wait is generous (a loaded machine can take over 500 ms to accept a
 * connection): a process that misses Redis runs on memory until restarted.
 * Production probes again for up to 15 s before it gives up (several
 * processes starting at once on a loaded machine, Redis starting late).
 */
// Scripts (fault injection, benchmarks) import this file without a booted app.
export const redisAvailable = app?.inProduction
  ? await waitForRedis(target, 15_000)
  : await probeRedis(target, 2000)

if (!redisAvailable) {
  if (app.inProduction) throw new RedisUnavailableError(target)
  if (!app.inTest && process.env.MARQUEE_QUIET_REDIS !== '1') {
    process.env.MARQUEE_QUIET_REDIS = '1'
    console.warn(
      `\n⚠️  WARNING: Redis is not reachable at ${target.host}:${target.port}. Marquee runs on ` +
        `in-memory stores (rate limits, cache, real-time) and runs background jobs in this process. Set REDIS_HOST/REDIS_PORT ` +
        `to use Redis; production refuses to start without it.\n`
    )
  }
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: target.host,
      port: target.port,
      password: env.get('REDIS_PASSWORD', ''),
      db: env.get('REDIS_DB', 0),
      keyPrefix: '',
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy(times) {
        return Math.min(times * 200, 2000)
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
