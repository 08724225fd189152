import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'
import { redisAvailable } from '#config/redis'

const limiterConfig = defineConfig({
  default: redisAvailable ? 'redis' : 'memory',
  stores: {
    redis: stores.redis({ connectionName: 'main' }),
    memory: stores.memory({}),
  },
})

/** Login/signup/refresh/reset budget per client and window. */
export const authThrottle = {
  requests: env.get('NODE_ENV') === 'test' ? 1000 : 10,
  duration: '1 minute',
  blockDuration: '5 minutes',
}

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
