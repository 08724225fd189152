import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import SeedService from '#services/operations/seed_service'
import { seedValidator } from '#validators/operations/seed'

@inject()
export default class SeedController {
  constructor(private seeds: SeedService) {}

  /** Queues the seeding of a profile; the task id leads to its progress and result. */
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const payload = await ctx.request.validateUsing(seedValidator)
    const taskId = await this.seeds.queue(ctx.auth.getUserOrFail(), payload, ctx)
    ctx.response.status(202)
    return ctx.serialize({ taskId, status: 'queued' })
  }
}
