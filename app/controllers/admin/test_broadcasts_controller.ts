import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import TestBroadcastService from '#services/operations/test_broadcast_service'
import { testBroadcastValidator } from '#validators/operations/realtime'
import type { Infer } from '#platform/openapi/schema'
import type { testBroadcastSchema } from '#transformers/notifications/realtime_schemas'

@inject()
export default class TestBroadcastsController {
  constructor(private broadcasts: TestBroadcastService) {}

  async store(ctx: HttpContext) {
    const { userId, message } = await ctx.request.validateUsing(testBroadcastValidator)
    const { channel, event, sentAt } = await this.broadcasts.send(
      ctx.auth.getUserOrFail(),
      userId,
      message,
      ctx
    )
    ctx.response.status(202)
    return ctx.serialize({ channel, event, sentAt } satisfies Infer<typeof testBroadcastSchema>)
  }
}
