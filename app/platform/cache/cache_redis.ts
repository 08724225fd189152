import { Redis, type RedisOptions } from 'ioredis'
import type { Logger } from '@adonisjs/core/logger'
import type { BusDriver } from '@adonisjs/cache/types'

type Handler = (payload: unknown) => void | Promise<void>

/**
 * Logs once when a cache connection to Redis is lost and once when it is back,
 * instead of ioredis printing every failed reconnect attempt. Requests go on
 * meanwhile (memory L1 + database); see config/cache.ts.
 */
export function reportOutages(connection: Redis, label: string, logger: Logger) {
  let down = false
  connection.on('error', (error: Error) => {
    if (down) return
    down = true
    logger.warn(
      { err: error },
      `cache: Redis ${label} unreachable, serving from memory and the database until it returns`
    )
  })
  connection.on('ready', () => {
    if (!down) return
    down = false
    logger.info(`cache: Redis ${label} is back`)
  })
}

/**
 * Redis pub/sub transport of the cache bus, which tells the other app
 * processes to drop their memory (L1) copy of a key that changed. It replaces
 * bentocache's stock transport for a Redis outage: SUBSCRIBE waits for Redis
 * instead of rejecting (bentocache does not await it, so a rejection would be
 * an unhandled rejection that ends the process), a publish fails within
 * `commandTimeout` (bentocache then queues the message and replays it after
 * the reconnect) and connection errors are reported once. Redis pub/sub
 * ignores the database number, so channels carry it: processes on another
 * REDIS_DB (another deployment, a test run) do not touch this one's memory.
 * Publishes of one tick go out in one write (auto-pipelining).
 */
export class RedisBusTransport implements BusDriver {
  #id = ''
  #database: number
  /** Handlers by Redis channel name (the bus channel plus the database number). */
  #handlers = new Map<string, Handler[]>()
  #publisher: Redis
  #subscriber: Redis

  constructor(options: RedisOptions, commandTimeout: number, logger: Logger) {
    this.#database = options.db ?? 0
    this.#publisher = new Redis({ ...options, commandTimeout, enableAutoPipelining: true })
    this.#subscriber = new Redis({ ...options, maxRetriesPerRequest: null })
    reportOutages(this.#publisher, 'bus publisher', logger)
    reportOutages(this.#subscriber, 'bus subscriber', logger)
    this.#subscriber.on('message', (channel: string, raw: string) => this.#receive(channel, raw))
  }

  setId(id: string) {
    this.#id = id
    return this
  }

  onReconnect(callback: () => void) {
    this.#subscriber.on('ready', callback)
  }

  async publish(channel: string, payload: unknown) {
    await this.#publisher.publish(
      this.#channel(channel),
      JSON.stringify({ busId: this.#id, payload })
    )
  }

  /** Resolves once subscribed; ioredis re-subscribes by itself after every reconnect. */
  async subscribe<Payload>(channel: string, handler: (payload: Payload) => void | Promise<void>) {
    const name = this.#channel(channel)
    // What arrives on a channel is what a publisher of that channel sent (JSON of a Payload).
    const receive: Handler = (payload) => handler(payload as Payload)
    this.#handlers.set(name, [...(this.#handlers.get(name) ?? []), receive])
    await this.#subscriber.subscribe(name).catch(() => {})
  }

  async unsubscribe(channel: string) {
    this.#handlers.delete(this.#channel(channel))
    await this.#subscriber.unsubscribe(this.#channel(channel)).catch(() => {})
  }

  async disconnect() {
    this.#publisher.disconnect()
    this.#subscriber.disconnect()
  }

  #channel(channel: string) {
    return `${channel}:db${this.#database}`
  }

  #receive(channel: string, raw: string) {
    let message: { busId?: unknown; payload?: unknown }
    try {
      message = JSON.parse(raw)
    } catch {
      return
    }
    if (!message || message.busId === this.#id) return
    for (const handler of this.#handlers.get(channel) ?? []) {
      void (async () => handler(message.payload))().catch(() => {})
    }
  }
}
