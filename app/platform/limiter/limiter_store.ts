import { configProvider } from '@adonisjs/core'
import type { Logger } from '@adonisjs/core/logger'
import { errors } from '@adonisjs/limiter'
import LimiterMemoryStore from '@adonisjs/limiter/stores/memory'
import LimiterRedisStore from '@adonisjs/limiter/stores/redis'
import type { ConfigProvider } from '@adonisjs/core/types'
import type {
  LimiterConsumptionOptions,
  LimiterManagerStoreFactory,
  LimiterRedisStoreConfig,
  LimiterStoreBaseConfig,
  LimiterStoreContract,
} from '@adonisjs/limiter/types'
import type { RedisConnection } from '@adonisjs/redis'
import type { RedisConnections, RedisService } from '@adonisjs/redis/types'

/**
 * Whether the limiter's Redis is known to be down, shared by every limiter of
 * the process so an outage is logged once, not once per limiter.
 */
class Outage {
  down = false
  constructor(private logger: Logger) {}

  lost(error: unknown) {
    if (this.down) return
    this.down = true
    this.logger.warn(
      { err: error },
      'rate limits: Redis unreachable, counting in this process until it returns'
    )
  }

  back() {
    if (!this.down) return
    this.down = false
    this.logger.info('rate limits: Redis is back')
  }
}

/**
 * Rate limits counted in Redis (shared by every app process), with a memory
 * store of the same limits standing in while Redis is unreachable: throttled
 * routes (login, signup, refresh, reset) keep answering, limited per process,
 * instead of failing with a 500. While Redis is known to be down the memory
 * store answers at once; the first command after Redis is ready again goes
 * back to Redis. Throttling decisions (429) pass through untouched.
 */
export class InsuredLimiterStore implements LimiterStoreContract {
  readonly name = 'redis'
  #redis: LimiterRedisStore
  #memory: LimiterMemoryStore

  constructor(
    private connection: RedisConnection,
    config: LimiterRedisStoreConfig,
    private outage: Outage
  ) {
    this.#redis = new LimiterRedisStore(connection, config)
    this.#memory = new LimiterMemoryStore(config)
  }

  get requests() {
    return this.#redis.requests
  }

  get duration() {
    return this.#redis.duration
  }

  get blockDuration() {
    return this.#redis.blockDuration
  }

  /** Redis is worth a try: connected, or not yet connected (lazy) and not known to be down. */
  #redisUsable() {
    const status = this.connection.status
    if (status === 'ready') return true
    return (
      !this.outage.down && (status === 'wait' || status === 'connect' || status === 'connecting')
    )
  }

  async #run<T>(operation: (store: LimiterStoreContract) => Promise<T>): Promise<T> {
    if (!this.#redisUsable()) {
      this.outage.lost(new Error(`the Redis connection is ${this.connection.status}`))
      return operation(this.#memory)
    }
    try {
      const result = await operation(this.#redis)
      this.outage.back()
      return result
    } catch (error) {
      if (error instanceof errors.E_TOO_MANY_REQUESTS) {
        this.outage.back()
        throw error
      }
      this.outage.lost(error)
      return operation(this.#memory)
    }
  }

  consume(key: string | number, amount?: number) {
    return this.#run((store) => store.consume(key, amount))
  }

  increment(key: string | number, amount?: number) {
    return this.#run((store) => store.increment(key, amount))
  }

  decrement(key: string | number, amount?: number) {
    return this.#run((store) => store.decrement(key, amount))
  }

  block(key: string | number, duration: string | number) {
    return this.#run((store) => store.block(key, duration))
  }

  set(key: string | number, requests: number, duration?: string | number) {
    return this.#run((store) => store.set(key, requests, duration))
  }

  get(key: string | number) {
    return this.#run((store) => store.get(key))
  }

  /** Counts made during an outage live in memory: deleting or clearing drops them too. */
  async delete(key: string | number) {
    const inMemory = await this.#memory.delete(key)
    const inStore = await this.#run((store) => store.delete(key))
    return inMemory || inStore
  }

  deleteInMemoryBlockedKeys() {
    this.#redis.deleteInMemoryBlockedKeys()
    this.#memory.deleteInMemoryBlockedKeys()
  }

  async clear() {
    await this.#memory.clear()
    await this.#run((store) => store.clear())
  }
}

/** The `redis` limiter store of config/limiter.ts: Redis, insured by memory during an outage. */
export function insuredRedisStore(
  config: LimiterStoreBaseConfig & { connectionName: keyof RedisConnections }
): ConfigProvider<LimiterManagerStoreFactory> {
  return configProvider.create(async (app) => {
    const redis: RedisService = await app.container.make('redis')
    const outage = new Outage(await app.container.make('logger'))
    const { connectionName, ...storeConfig } = config
    return (options: LimiterConsumptionOptions): LimiterStoreContract =>
      new InsuredLimiterStore(
        redis.connection(connectionName) as RedisConnection,
        { ...storeConfig, ...options },
        outage
      )
  })
}
