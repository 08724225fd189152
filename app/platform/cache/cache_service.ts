import cache from '@adonisjs/cache/services/main'
import { errors } from '@adonisjs/cache'
import string from '@adonisjs/core/helpers/string'
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import { CACHE_PREFIX, cacheFamilies, type CacheFamily } from '#config/cache'
import { redisUp } from '#platform/runtime/redis_state'
import { withTimeout } from '#platform/runtime/with_timeout'
import { recordCacheLookup } from '#platform/metrics/registry'
import { rememberJsonText, settleJson } from '#platform/http/json_body'

export { RedisBusTransport } from '#platform/cache/cache_redis'
export {
  cacheWarmerNames,
  registerCacheWarmers,
  warmCaches,
  type CacheWarmer,
} from '#platform/cache/cache_warmup'

/**
 * The cache key of a listing: `resource?name=value&...` over the filters as the
 * query applies them (defaults filled in), leaving out unset and empty ones, so
 * equivalent requests share one entry.
 */
export function queryKey(
  resource: string,
  filters: Record<string, string | number | boolean | undefined>
) {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(name, String(value))
  return `${resource}?${params}`
}

/** A cached value and when it was computed (ISO 8601), the same on every hit. */
export interface Cached<T> {
  value: T
  computedAt: string
}

export interface HitStats {
  hits: number
  misses: number
  /** hits / (hits + misses), null before the first lookup. */
  hitRatio: number | null
}

export interface CacheStats {
  /** `cluster`: counters and keys from Redis (all app processes); `process`: this process's counters, no key counts (Redis absent or not answering). */
  scope: 'cluster' | 'process'
  families: Record<CacheFamily, HitStats & { ttl: string; keys: number | null }>
  totals: HitStats & { keys: number | null }
}

/** Redis hash of the hit/miss counters (outside CACHE_PREFIX, so clearing the cache keeps them). */
const COUNTERS_KEY = 'marquee:cache-stats'
/** Counter increments are sent to Redis at most this often (one transaction for all of them). */
const COUNTER_FLUSH_MS = 500
/** After a failed counter flush, Redis is left alone this long. */
const COUNTER_RETRY_MS = 5000
const STATS_READ_TIMEOUT_MS = 1000
const TAG_KEY_MARKER = '___bc:t:'
/** The families' TTLs in milliseconds, parsed once (given as strings, bentocache parses them on every lookup). */
const TTL_MS = Object.fromEntries(
  Object.entries(cacheFamilies).map(([family, ttl]) => [family, string.milliseconds.parse(ttl)])
) as Record<CacheFamily, number>

/**
 * Hit/miss counters, process-wide (module state, shared by every instance the
 * container builds). Increments collect in `unflushed` and are flushed in
 * batches to one Redis hash, so all app processes add up; while Redis is
 * unreachable they wait there for the next flush after it returns. A flush
 * goes out COUNTER_FLUSH_MS after the first unflushed increment, so a busy
 * process sends two small transactions a second, not one per request (stats
 * add this process's unflushed increments to Redis's totals). `lifetime`
 * keeps this process's own totals for when Redis cannot be read.
 */
const lifetime = new Map<string, number>()
const unflushed = new Map<string, number>()
let flushTimer: NodeJS.Timeout | undefined
let flushing: Promise<void> | undefined
let redisRetryAt = 0

function count(family: CacheFamily, outcome: 'hits' | 'misses') {
  recordCacheLookup(family, outcome === 'hits' ? 'hit' : 'miss')
  const field = `${family}:${outcome}`
  lifetime.set(field, (lifetime.get(field) ?? 0) + 1)
  unflushed.set(field, (unflushed.get(field) ?? 0) + 1)
  scheduleFlush()
}

function scheduleFlush() {
  if (!redisUp() || flushTimer || flushing || Date.now() < redisRetryAt) return
  flushTimer = setTimeout(() => {
    flushTimer = undefined
    flushing = flush().finally(() => {
      flushing = undefined
      if (unflushed.size) scheduleFlush()
    })
  }, COUNTER_FLUSH_MS)
  flushTimer.unref()
}

/** Never rejects: a batch that did not reach Redis goes back to `unflushed`. */
async function flush() {
  const batch = [...unflushed]
  unflushed.clear()
  try {
    const transaction = redis.connection('main').ioConnection.multi()
    for (const [field, amount] of batch) transaction.hincrby(COUNTERS_KEY, field, amount)
    const results = await transaction.exec()
    if (!results || results.some(([error]) => error)) throw new Error('counter transaction failed')
  } catch {
    for (const [field, amount] of batch) unflushed.set(field, (unflushed.get(field) ?? 0) + amount)
    redisRetryAt = Date.now() + COUNTER_RETRY_MS
  }
}

/**
 * Whether `value` is JSON data exactly as `JSON.parse(JSON.stringify(value))`
 * would give it back: plain objects and arrays of strings, finite numbers,
 * booleans and null (no Date, DateTime, class instance, undefined or -0).
 */
function isJsonData(value: unknown): boolean {
  if (value === null) return true
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0)
    case 'object':
      break
    default:
      return false
  }
  if (Array.isArray(value)) {
    for (const item of value) if (!isJsonData(item)) return false
    return true
  }
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  for (const key in value) if (!isJsonData((value as Record<string, unknown>)[key])) return false
  return true
}

/**
 * The entry of a value just computed, as the cache stores it, so a miss
 * answers exactly what later hits will: the value itself when it is JSON data
 * already (no JSON round trip), else its JSON read back; `remember` settles
 * it. The entry's JSON text is known to the serializer, which writes it as is.
 */
function entryOf<T>(value: T, computedAt: string): Cached<T> {
  const text = JSON.stringify(value) as string | undefined
  if (text === undefined) return Object.freeze({ value, computedAt })
  const stored = isJsonData(value) ? value : JSON.parse(text)
  return rememberJsonText(
    Object.freeze({ value: stored, computedAt }),
    `{"value":${text},"computedAt":${JSON.stringify(computedAt)}}`
  )
}

/**
 * The store of this call: Redis-backed once the process uses Redis, memory
 * alone before (a development process that started without Redis switches
 * when it appears; see config/cache.ts).
 */
const store = () => cache.use(redisUp() ? 'redis' : 'memory')

function hitStats(hits: number, misses: number): HitStats {
  const lookups = hits + misses
  return { hits, misses, hitRatio: lookups ? Math.round((hits / lookups) * 1000) / 1000 : null }
}

/**
 * The one cache helper: read-through caching of expensive reads by key family
 * (TTL from `cacheFamilies` in config/cache.ts), tag invalidation, counters.
 * Memory L1 in front of Redis L2 (memory alone while the process runs without
 * Redis); a Redis outage never fails a call (L1 hit or
 * fresh value from the factory) and Redis is used again once it returns.
 * Concurrent misses of one key in a process run the factory once.
 *
 * Values must be JSON data (e.g. transformer output, not Lucid models): they
 * are stored as JSON, and a miss returns the same JSON form a hit does.
 *
 * Never cache authentication, permissions or the result of a state change:
 * authorize before `remember`, and cache only what any allowed caller may see.
 */
export default class CacheService {
  async remember<T>(
    family: CacheFamily,
    key: string,
    factory: () => T | Promise<T>,
    options: { tags?: string[] } = {}
  ): Promise<Cached<T>> {
    let fresh: Cached<T> | undefined
    const compute = async () => {
      const computedAt = new Date().toISOString()
      fresh = entryOf(await factory(), computedAt)
      return fresh
    }
    let entry: Cached<T>
    try {
      entry = await store().getOrSet({
        key: `${family}:${key}`,
        ttl: TTL_MS[family],
        tags: options.tags,
        factory: compute,
        // A value computed on a miss changed nothing other processes hold (an older copy of theirs
        // is either invalidated by its tags or still within its TTL): no bus message for it.
        skipBusNotify: true,
      })
    } catch (error) {
      if (error instanceof errors.E_FACTORY_ERROR) {
        count(family, 'misses')
        throw error.cause
      }
      // Not the factory: the cache itself failed. The caller still gets an answer.
      logger.warn({ err: error, family, key }, 'cache: lookup failed, answering without the cache')
      entry = fresh ?? (await compute())
    }
    count(family, fresh ? 'misses' : 'hits')
    // Hit or miss, the value is settled (frozen, its JSON text built once): the same for every request.
    settleJson(entry.value)
    return entry
  }

  /** Marks every entry tagged with one of `tags` stale, in every app process. */
  async invalidateTags(tags: string[]) {
    try {
      await store().deleteByTag({ tags })
    } catch (error) {
      logger.error({ err: error, tags }, 'cache: tag invalidation failed')
    }
  }

  async forget(family: CacheFamily, key: string) {
    await store().delete({ key: `${family}:${key}` })
  }

  /** Drops every cached entry (memory of every process and Redis); counters stay. */
  async clear() {
    await store().clear()
  }

  async stats(): Promise<CacheStats> {
    await flushing
    const shared = redisUp() ? await this.#readRedis().catch(() => undefined) : undefined
    const counter = (field: string) =>
      shared
        ? Number(shared.counters[field] ?? 0) + (unflushed.get(field) ?? 0)
        : (lifetime.get(field) ?? 0)
    const names = Object.keys(cacheFamilies) as CacheFamily[]
    const families = Object.fromEntries(
      names.map((family) => [
        family,
        {
          ttl: cacheFamilies[family],
          ...hitStats(counter(`${family}:hits`), counter(`${family}:misses`)),
          keys: shared ? (shared.keys.get(family) ?? 0) : null,
        },
      ])
    ) as CacheStats['families']
    const sum = (pick: (stats: CacheStats['families'][CacheFamily]) => number) =>
      names.reduce((total, family) => total + pick(families[family]), 0)
    return {
      scope: shared ? 'cluster' : 'process',
      families,
      totals: {
        ...hitStats(
          sum((s) => s.hits),
          sum((s) => s.misses)
        ),
        keys: shared ? sum((s) => s.keys ?? 0) : null,
      },
    }
  }

  /** Counters and live keys per family, from Redis. */
  async #readRedis() {
    const connection = redis.connection('main').ioConnection
    const deadline = Date.now() + STATS_READ_TIMEOUT_MS
    const remaining = () => Math.max(1, deadline - Date.now())
    const counters = await withTimeout(connection.hgetall(COUNTERS_KEY), remaining())
    const keys = new Map<string, number>()
    let cursor = '0'
    do {
      const [next, batch] = await withTimeout(
        connection.scan(cursor, 'MATCH', `${CACHE_PREFIX}:*`, 'COUNT', 1000),
        remaining()
      )
      for (const key of batch) {
        const rest = key.slice(CACHE_PREFIX.length + 1)
        if (rest.startsWith(TAG_KEY_MARKER)) continue
        const family = rest.slice(0, rest.indexOf(':'))
        keys.set(family, (keys.get(family) ?? 0) + 1)
      }
      cursor = next
    } while (cursor !== '0')
    return { counters, keys }
  }
}
