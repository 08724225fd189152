import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'
import { redisUp } from '#platform/runtime/redis_state'
import { insuredRedisStore } from '#platform/limiter/limiter_store'

/** Rate-limit keys live under this Redis prefix; each test run has its own (tests clear only theirs). */
export const LIMITER_PREFIX = app.inTest ? `marquee:rl:test-${process.pid}` : 'marquee:rl'

/**
 * The store of a rate limit, picked at each request (start/limiter.ts): Redis
 * once the process uses it (a development process that started without Redis
 * switches when it appears), memory before.
 */
export const limiterStore = () => (redisUp() ? 'redis' : 'memory')

const limiterConfig = defineConfig({
  default: 'redis',
  stores: {
    // Redis, with memory standing in while Redis is unreachable (a 500 on login otherwise).
    redis: insuredRedisStore({ connectionName: 'main', keyPrefix: LIMITER_PREFIX }),
    memory: stores.memory({}),
  },
})

/** Requests per minute per account (e-mail, reset link, member, refresh-token family) on each auth route; then 5 minutes blocked. */
export const authRateLimit = env.get('AUTH_RATE_LIMIT', 10)

/** Requests per minute per client address on each auth route, across accounts. */
export const authClientRateLimit = env.get('AUTH_CLIENT_RATE_LIMIT', 20)

/** Requests per minute each account may send to POST /api/v1/analytics/track. */
export const analyticsRateLimit = env.get('ANALYTICS_RATE_LIMIT', 120)

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
