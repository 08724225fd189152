import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * One structured log line per request, tagged with the request id that is
 * also returned to the client in `X-Request-Id`.
 */
export default class RequestLogMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    const requestId = ctx.request.id()
    if (requestId) ctx.response.header('X-Request-Id', requestId)
    try {
      await next()
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      ctx.logger.info(
        {
          requestId,
          method: ctx.request.method(),
          url: ctx.request.url(),
          status: ctx.response.getStatus(),
          durationMs: Math.round(ms * 10) / 10,
          userId: ctx.auth?.user?.id,
        },
        'request'
      )
    }
  }
}
