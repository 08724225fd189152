import { configProvider } from '@adonisjs/core'
import { defineConfig, drivers, store } from '@adonisjs/cache'
import type { InferStores } from '@adonisjs/cache/types'
import redisConfig from '#config/redis'
import { SettledJsonSerializer } from '#platform/cache/settled_serializer'

/**
 * How long each family of cached reads stays fresh.
 * The only place these durations live: `CacheService.remember(family, …)`
 * looks the family up here.
 */
export const cacheFamilies = {
  adminStats: '60s',
  dashboardCharts: '120s',
  userGrowthChart: '300s',
  campaignCharts: '180s',
  pendingUsers: '15s',
  productList: '30m',
  product: '1h',
  salesAnalytics: '10m',
  cartTotal: '2m',
  profiles: '30m',
  skillPlans: '30m',
  trending: '15m',
  search: '5m',
  feeds: '5m',
  notifications: '5m',
} as const

export type CacheFamily = keyof typeof cacheFamilies

/** Prefix of every cache key, in memory and in Redis (`marquee:cache:<family>:<key>`). */
export const CACHE_PREFIX = 'marquee:cache'

/**
 * Longest wait for one Redis command of the cache. Past it the request goes on
 * without Redis (memory L1, else the database) and the circuit breaker below
 * skips Redis for a few seconds, so an outage costs one short wait per
 * breaker period instead of one per request.
 */
const REDIS_COMMAND_TIMEOUT_MS = 300

/**
 * L2 on its own connection with the settings of the `main` connection plus a
 * command timeout (`main` has none, and ioredis would otherwise hold a command
 * through reconnect attempts for seconds). Commands issued in one tick (a
 * checkout's tag invalidations, concurrent requests' lookups) go out in one
 * write (auto-pipelining).
 */
const redisLayer = configProvider.create(async (app) => {
  const { Redis } = await import('ioredis')
  const { redisDriver } = await import('bentocache/drivers/redis')
  const { reportOutages } = await import('#platform/cache/cache_redis')
  const connection = new Redis({
    ...redisConfig.connections.main,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    enableAutoPipelining: true,
  })
  reportOutages(connection, 'L2', await app.container.make('logger'))
  return redisDriver({ connection })
})

/** Pub/sub that drops the memory copy of a changed key in every other app process. */
const redisBus = configProvider.create(async (app) => {
  const { RedisBusTransport } = await import('#platform/cache/cache_redis')
  const logger = await app.container.make('logger')
  return {
    // Messages that could not be sent during an outage are replayed after it (oldest dropped past 1000).
    options: { retryQueue: { enabled: true, maxSize: 1000 } },
    factory: () =>
      new RedisBusTransport(redisConfig.connections.main, REDIS_COMMAND_TIMEOUT_MS, logger),
  }
})

/**
 * Each process keeps its hot entries in memory, up to 4 MB of serialized
 * JSON (least recently used go first; Redis keeps them all). The bound is
 * part of the server's memory budget (< 200 MB RSS under load): the bench's
 * uncached scenarios write thousands of distinct pages (~8 KB each), which
 * filled any bound and kept it for the rest of the run as live V8 heap (16 MB
 * of it: about 20 MB of RSS with the heap's headroom); the hot pages of the
 * cached reads take well under 1 MB.
 */
const memoryLayer = drivers.memory({ maxItems: 10_000, maxSize: '4mb' })

/**
 * Two stores; the cache helper (CacheService) picks one at each call: `redis`
 * once the process uses Redis, `memory` before (development and tests without
 * Redis: each process caches in memory alone; production refuses to boot
 * without Redis). A process that switches to Redis starts the `redis` store
 * with an empty memory layer: nothing the memory store held is served after
 * the switch. Stores are built on first use, so a process without Redis never
 * opens a connection for the `redis` one.
 */
const cacheConfig = defineConfig({
  default: 'redis',
  prefix: CACHE_PREFIX,
  // A failing Redis never fails a cache call: the value comes from memory or the factory.
  suppressL2Errors: true,
  l2CircuitBreakerDuration: '5s',
  // No stale values: after a tag invalidation the next read recomputes (grace would serve the old one).
  grace: false,
  // Stored texts parsed once and answered as settled (frozen) values: no JSON.parse per hit.
  serializer: new SettledJsonSerializer(),
  stores: {
    redis: store().useL1Layer(memoryLayer).useL2Layer(redisLayer).useBus(redisBus),
    memory: store().useL1Layer(memoryLayer),
  },
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
