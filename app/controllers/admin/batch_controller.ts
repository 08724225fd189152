import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import BatchAdminService from '#services/operations/batch_admin_service'
import BatchTaskTransformer from '#transformers/operations/batch_task_transformer'
import BatchRunTransformer from '#transformers/operations/batch_run_transformer'
import { batchHistoryValidator } from '#validators/operations/admin_ops'

@inject()
export default class BatchController {
  constructor(private batches: BatchAdminService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const [tasks, scheduler] = await Promise.all([
      this.batches.list(),
      this.batches.schedulerSighting(),
    ])
    return ctx.serialize(BatchTaskTransformer.transform(tasks), { scheduler })
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    return ctx.serialize(BatchTaskTransformer.transform(await this.batches.status(ctx.params.name)))
  }

  async run(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const taskId = await this.batches.runNow(ctx.auth.getUserOrFail(), ctx.params.name, ctx)
    ctx.response.status(202)
    return ctx.serialize({ taskId, status: 'queued' })
  }

  async pause(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    return ctx.serialize(
      BatchTaskTransformer.transform(
        await this.batches.setPaused(ctx.auth.getUserOrFail(), ctx.params.name, true, ctx)
      )
    )
  }

  async resume(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    return ctx.serialize(
      BatchTaskTransformer.transform(
        await this.batches.setPaused(ctx.auth.getUserOrFail(), ctx.params.name, false, ctx)
      )
    )
  }

  async history(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const page = await this.batches.history(await batchHistoryValidator.validate(ctx.request.qs()))
    return ctx.serialize(BatchRunTransformer.paginate(page.all(), page.getMeta()))
  }
}
