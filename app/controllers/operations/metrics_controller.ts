import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import { scrapeMetrics } from '#platform/metrics/registry'

export default class MetricsController {
  /** Prometheus metrics of this process; the metricsAccess middleware let in a scraper's token or an account. */
  async index(ctx: HttpContext) {
    if (ctx.auth.user) await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { contentType, body } = await scrapeMetrics()
    ctx.response.header('content-type', contentType)
    ctx.response.header('cache-control', 'no-store')
    return body
  }
}
