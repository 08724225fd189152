import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import AppException from '#exceptions/app_exception'
import { withTimeout } from '#services/operations/with_timeout'

export interface DependencyHealth {
  name: 'database' | 'redis'
  status: 'up'
  latencyMs: number
  details: Record<string, unknown>
}


/** Dependency checks for /health/*: each one throws a 503 naming what is down. */
export default class HealthService {
  async database(): Promise<DependencyHealth> {
    const started = performance.now()
    try {
      await withTimeout(db.rawQuery('select 1'), 2000)
    } catch (error) {
      throw new AppException(503, 'E_DATABASE_DOWN', `Database is unreachable: ${(error as Error).message}`)
    }
    return {
      name: 'database',
      status: 'up',
      latencyMs: Math.round(performance.now() - started),
      details: { connection: db.primaryConnectionName, dialect: db.connection().dialect.name },
    }
  }

  async redis(): Promise<DependencyHealth> {
    const started = performance.now()
    try {
      await withTimeout(redis.ping(), 1000)
    } catch (error) {
      throw new AppException(503, 'E_REDIS_DOWN', `Redis is unreachable: ${(error as Error).message}`)
    }
    return { name: 'redis', status: 'up', latencyMs: Math.round(performance.now() - started), details: {} }
  }
}
