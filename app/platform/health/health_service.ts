import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import AppException from '#exceptions/app_exception'
import { redisUp } from '#platform/runtime/redis_state'
import { withTimeout } from '#platform/runtime/with_timeout'
import { isDraining } from '#platform/health/shutdown'
import QueueService from '#platform/queue/queue_service'
import OutboxService from '#platform/outbox/outbox_service'
import Scheduler from '#platform/scheduler/scheduler'

/** A job waiting longer than this (in a queue or in the outbox) means no worker keeps up. */
const BACKLOG_AGE_LIMIT_MS = 5 * 60_000

export { DRAIN_MS, startDraining } from '#platform/health/shutdown'

export interface Readiness {
  ready: boolean
  /** The process received SIGTERM and is finishing its requests. */
  stopping: boolean
  checks: {
    database: { status: 'up' | 'down'; latencyMs: number | null; error?: string }
    redis: { status: 'up' | 'down' | 'memory'; latencyMs: number | null; error?: string }
    queues: {
      status: 'ok' | 'backlog' | 'unknown'
      waiting: number
      active: number
      failed: number
      oldestWaitingAt: string | null
      outboxPending: number
      outboxOldestAt: string | null
    }
    scheduler: { status: 'ok' | 'missing'; lastSeenAt: string | null }
  }
}

export interface DependencyHealth {
  name: 'database' | 'redis'
  status: 'up'
  latencyMs: number
  details: Record<string, unknown>
}

/** Dependency checks for /health/*: each one throws a 503 naming what is down. */
@inject()
export default class HealthService {
  constructor(
    private queues: QueueService,
    private outbox: OutboxService,
    private scheduler: Scheduler
  ) {}

  async database(): Promise<DependencyHealth> {
    const started = performance.now()
    try {
      await withTimeout(db.rawQuery('select 1'), 2000)
    } catch (error) {
      throw new AppException(
        503,
        'E_DATABASE_DOWN',
        `Database is unreachable: ${(error as Error).message}`
      )
    }
    return {
      name: 'database',
      status: 'up',
      latencyMs: Math.round(performance.now() - started),
      details: { connection: db.primaryConnectionName, dialect: db.connection().dialect.name },
    }
  }

  /**
   * Never `up` while this process runs on its in-memory stores (Redis has not
   * answered since it started; it switches to Redis once Redis answers).
   */
  async redis(): Promise<DependencyHealth> {
    if (!redisUp()) {
      throw new AppException(
        503,
        'E_REDIS_DOWN',
        'This process runs on in-memory stores: Redis has not answered since it started; it switches to Redis once Redis answers'
      )
    }
    const started = performance.now()
    try {
      await withTimeout(redis.ping(), 1000)
    } catch (error) {
      throw new AppException(
        503,
        'E_REDIS_DOWN',
        `Redis is unreachable: ${(error as Error).message}`
      )
    }
    return {
      name: 'redis',
      status: 'up',
      latencyMs: Math.round(performance.now() - started),
      details: {},
    }
  }

  /**
   * Readiness for a load balancer: ready when the database and Redis answer
   * (in development, a process on its in-memory stores counts as ready). The
   * queue backlog and the scheduler heartbeat are reported, not held against
   * readiness: taking every web process out of rotation because a worker or
   * the scheduler stopped would turn a background problem into an outage.
   */
  async ready(): Promise<Readiness> {
    const timed = async <T>(check: () => Promise<T>) => {
      const started = performance.now()
      try {
        await check()
        return { ok: true as const, latencyMs: Math.round(performance.now() - started) }
      } catch (error) {
        return { ok: false as const, latencyMs: null, error: (error as Error).message }
      }
    }
    const [database, redisCheck] = await Promise.all([
      timed(() => this.database()),
      redisUp() ? timed(() => this.redis()) : Promise.resolve(null),
    ])
    const [backlogs, pending, sighting] = await Promise.all([
      this.queues.backlog().catch(() => null),
      database.ok ? this.outbox.backlog() : Promise.resolve(null),
      database.ok ? this.scheduler.sighting() : Promise.resolve(null),
    ])
    const oldestWaiting =
      backlogs
        ?.map((b) => b.oldestWaitingAt?.getTime())
        .filter((t): t is number => t !== undefined)
        .sort()[0] ?? null
    const tooOld = (at: number | null | undefined) =>
      at !== null && at !== undefined && Date.now() - at > BACKLOG_AGE_LIMIT_MS
    const sum = (key: 'waiting' | 'active' | 'failed') =>
      backlogs?.reduce((total, b) => total + b[key], 0) ?? 0
    const redisStatus = redisCheck === null ? 'memory' : redisCheck.ok ? 'up' : 'down'
    return {
      ready:
        !isDraining() &&
        database.ok &&
        (redisStatus === 'up' || (redisStatus === 'memory' && !app.inProduction)),
      stopping: isDraining(),
      checks: {
        database: {
          status: database.ok ? 'up' : 'down',
          latencyMs: database.latencyMs,
          ...(database.ok ? {} : { error: database.error }),
        },
        redis: {
          status: redisStatus,
          latencyMs: redisCheck?.latencyMs ?? null,
          ...(redisCheck && !redisCheck.ok ? { error: redisCheck.error } : {}),
        },
        queues: {
          status: !backlogs
            ? 'unknown'
            : tooOld(oldestWaiting) || tooOld(pending?.oldestAt?.getTime())
              ? 'backlog'
              : 'ok',
          waiting: sum('waiting'),
          active: sum('active'),
          failed: sum('failed'),
          oldestWaitingAt: oldestWaiting !== null ? new Date(oldestWaiting).toISOString() : null,
          outboxPending: pending?.pending ?? 0,
          outboxOldestAt: pending?.oldestAt?.toISOString() ?? null,
        },
        scheduler: {
          status: sighting?.seenLately ? 'ok' : 'missing',
          lastSeenAt: sighting?.lastSeenAt?.toISO() ?? null,
        },
      },
    }
  }
}
