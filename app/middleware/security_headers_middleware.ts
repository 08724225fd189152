import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Routes whose responses carry tokens (login, signup, refresh) or account secrets. */
const TOKEN_ROUTES = /^\/api\/v\d+\/auth\//

/**
 * Headers on every response: `X-Content-Type-Options: nosniff`, and
 * `Cache-Control: no-store` on token responses and on every request that
 * carries credentials, so no shared or browser cache keeps them.
 */
export default class SecurityHeadersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    ctx.response.header('X-Content-Type-Options', 'nosniff')
    if (ctx.request.header('authorization') || TOKEN_ROUTES.test(ctx.request.url())) {
      ctx.response.header('Cache-Control', 'no-store')
    }
    return next()
  }
}
