import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import TaskPolicy from '#policies/operations/task_policy'
import TaskService from '#services/operations/task_service'
import TaskTransformer from '#transformers/operations/task_transformer'
import { listTasksValidator } from '#validators/operations/tasks'

@inject()
export default class TasksController {
  constructor(private tasks: TaskService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(TaskPolicy).authorize('viewAny')
    const filter = await listTasksValidator.validate(ctx.request.qs())
    const { tasks, meta } = await this.tasks.list(filter)
    return ctx.serialize(TaskTransformer.paginate(tasks, meta))
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(TaskPolicy).authorize('view')
    return ctx.serialize(TaskTransformer.transform(await this.tasks.find(ctx.params.id)))
  }

  async retry(ctx: HttpContext) {
    await ctx.bouncer.with(TaskPolicy).authorize('retry')
    const task = await this.tasks.retry(ctx.auth.getUserOrFail(), ctx.params.id, ctx)
    ctx.response.status(202)
    return ctx.serialize(TaskTransformer.transform(task))
  }
}
