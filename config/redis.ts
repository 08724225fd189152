import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'
import { probeRedis, RedisUnavailableError, waitForRedis } from '#platform/runtime/redis_probe'
import { startedWithRedis } from '#platform/runtime/redis_state'

/** Where Redis is expected (also probed by the watch of start/redis_outages.ts). */
export const redisTarget = {
  host: env.get('REDIS_HOST', '127.0.0.1'),
  port: env.get('REDIS_PORT', 6379),
}

/**
 * Whether Redis answers at boot decides how the process starts: on Redis, or
 * (development and tests only) on in-memory stores with one loud warning;
 * production refuses to start. The wait is generous (a loaded machine can
 * take over 500 ms to accept a connection). A process on memory switches to
 * Redis by itself once Redis answers (start/redis_outages.ts); `redisUp()` of
 * #platform/runtime/redis_state is the one way to ask which it runs on.
 * Production probes again for up to 15 s before it gives up (several
 * processes starting at once on a loaded machine, Redis starting late).
 */
// Scripts (fault injection, benchmarks) import this file without a booted app.
const answered = app?.inProduction
  ? await waitForRedis(redisTarget, 15_000)
  : await probeRedis(redisTarget, 2000)
startedWithRedis(answered)

if (!answered) {
  if (app.inProduction) throw new RedisUnavailableError(redisTarget)
  if (!app.inTest && process.env.MARQUEE_QUIET_REDIS !== '1') {
    process.env.MARQUEE_QUIET_REDIS = '1'
    console.warn(
      `\n⚠️  WARNING: Redis is not reachable at ${redisTarget.host}:${redisTarget.port}. Marquee runs on ` +
        `in-memory stores (rate limits, cache, real-time) and runs background jobs in this process ` +
        `until Redis answers, then switches to it. Set REDIS_HOST/REDIS_PORT ` +
        `to use Redis; production refuses to start without it.\n`
    )
  }
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: redisTarget.host,
      port: redisTarget.port,
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
