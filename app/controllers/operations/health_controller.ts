import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import HealthService from '#services/operations/health_service'

@inject()
export default class HealthController {
  constructor(private health: HealthService) {}

  /** Liveness: the process answers. Dependencies have their own routes. */
  async index(ctx: HttpContext) {
    return ctx.serialize({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  }

  async db(ctx: HttpContext) {
    return ctx.serialize(await this.health.database())
  }

  async redis(ctx: HttpContext) {
    return ctx.serialize(await this.health.redis())
  }
}
