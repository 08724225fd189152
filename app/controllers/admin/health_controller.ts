import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import AdminHealthService from '#services/operations/admin_health_service'

@inject()
export default class AdminHealthController {
  constructor(private health: AdminHealthService) {}

  /** The operator's view: readiness, batch, feed, moderation and queues (200 also when not ready). */
  async show(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    return ctx.serialize(await this.health.view())
  }
}
