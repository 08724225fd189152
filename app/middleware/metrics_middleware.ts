import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { recordRequest, UNMATCHED_ROUTE } from '#platform/metrics/registry'

/**
 * Counts every request and its latency by route pattern (`/api/v1/products/:id`,
 * never the URL as typed) and status. The route is known once the router
 * matched it, so it is read after the request was handled.
 */
export default class MetricsMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const started = performance.now()
    try {
      await next()
    } finally {
      recordRequest(
        ctx.request.method(),
        ctx.route?.pattern ?? UNMATCHED_ROUTE,
        ctx.response.getStatus(),
        (performance.now() - started) / 1000
      )
    }
  }
}
