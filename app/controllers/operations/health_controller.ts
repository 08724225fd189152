import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import HealthService from '#platform/health/health_service'
import type { Infer } from '#platform/openapi/schema'
import type {
  dependencyHealthSchema,
  readinessSchema,
} from '#transformers/operations/operations_schemas'

type Readiness = Infer<typeof readinessSchema>
type DependencyHealth = Infer<typeof dependencyHealthSchema>

@inject()
export default class HealthController {
  constructor(private health: HealthService) {}

  /** Liveness: the process answers (`/health` and `/health/live`). Dependencies have their own routes. */
  async index(ctx: HttpContext) {
    return ctx.serialize({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  }

  /** Readiness: 200 with every check, or 503 naming what is down. */
  async ready(ctx: HttpContext) {
    const readiness = await this.health.ready()
    if (!readiness.ready) {
      const { database, redis } = readiness.checks
      const errors = [
        ...(readiness.stopping
          ? [
              {
                code: 'E_SHUTTING_DOWN',
                message:
                  'This process is stopping: it finishes its requests and takes no new traffic',
              },
            ]
          : []),
        ...(database.status === 'down'
          ? [{ code: 'E_DATABASE_DOWN', message: `Database is unreachable: ${database.error}` }]
          : []),
        ...(redis.status !== 'up'
          ? [
              {
                code: 'E_REDIS_DOWN',
                message:
                  redis.status === 'memory'
                    ? 'This process runs on in-memory stores: Redis has not answered since it started'
                    : `Redis is unreachable: ${redis.error}`,
              },
            ]
          : []),
      ]
      return ctx.response.status(503).send({ errors })
    }
    return ctx.serialize(readiness satisfies Readiness)
  }

  async db(ctx: HttpContext) {
    return ctx.serialize((await this.health.database()) satisfies DependencyHealth)
  }

  async redis(ctx: HttpContext) {
    return ctx.serialize((await this.health.redis()) satisfies DependencyHealth)
  }
}
