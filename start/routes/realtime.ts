import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import transmit from '@adonisjs/transmit/services/main'
import { middleware } from '#start/kernel'
import {
  assertCanSubscribe,
  assertOwnsStream,
  assertStreamAvailable,
} from '#platform/realtime/realtime_service'
import { streamValidator, subscriptionValidator } from '#validators/operations/realtime'

/**
 * Checks run before transmit's own controllers, which answer a refused
 * subscription with a bare 400 and a missing uid with a 500: these answer
 * 422/403/404/409 in the API's error shape instead.
 */
const guards: Record<string, (ctx: HttpContext) => Promise<void>> = {
  '__transmit/events': async (ctx) => {
    const { uid } = await ctx.request.validateUsing(streamValidator)
    assertStreamAvailable(ctx, uid)
  },
  '__transmit/subscribe': async (ctx) => {
    const { uid, channel } = await ctx.request.validateUsing(subscriptionValidator)
    await assertCanSubscribe(ctx, uid, channel)
  },
  '__transmit/unsubscribe': async (ctx) => {
    const { uid } = await ctx.request.validateUsing(subscriptionValidator)
    assertOwnsStream(ctx, uid)
  },
}

// Every transmit route takes `Authorization: Bearer <access token>`, the stream included.
transmit.registerRoutes((route) => {
  const guard = guards[route.getPattern()]
  if (!guard) throw new Error(`Realtime: no guard for the transmit route ${route.getPattern()}`)
  route.use([
    middleware.auth(),
    async (ctx: HttpContext, next: NextFn) => {
      await guard(ctx)
      return next()
    },
  ])
})
