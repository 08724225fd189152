import app from '@adonisjs/core/services/app'
import env from '#start/env'
import type { RedisOptions } from 'bullmq'
import type { RedisConnectionConfig } from '@adonisjs/redis/types'

export const QUEUE_NAMES = ['default', 'mail'] as const
export type QueueName = (typeof QUEUE_NAMES)[number]

/**
 * Every BullMQ key starts with this, apart from the cache and rate-limit keys
 * in the same Redis database. QUEUE_PREFIX separates deployments (or test
 * runs) sharing one Redis database; web processes and workers must agree on it.
 */
export const queuePrefix = () => env.get('QUEUE_PREFIX', 'marquee')

/** How long finished jobs stay readable over the tasks API (BullMQ `removeOnComplete` / `removeOnFail`). */
export const RETENTION = {
  completed: { age: 7 * 24 * 3600, count: 1000 },
  failed: { age: 30 * 24 * 3600, count: 5000 },
}

/**
 * BullMQ connection options from the app's `main` Redis connection. BullMQ
 * manages its own connections: blocking worker commands need
 * `maxRetriesPerRequest: null`, and it refuses an ioredis `keyPrefix`.
 */
export function queueConnection(): RedisOptions {
  const main = app.config.get<RedisConnectionConfig>('redis.connections.main')
  return {
    host: main.host,
    port: Number(main.port),
    password:
      (typeof main.password === 'string' ? main.password : main.password?.release()) || undefined,
    db: main.db,
    retryStrategy: main.retryStrategy ?? undefined,
    maxRetriesPerRequest: null,
  }
}
