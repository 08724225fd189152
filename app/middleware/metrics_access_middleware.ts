import { createHash, timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import env from '#start/env'
import AuthMiddleware from '#middleware/auth_middleware'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Whether the request carries `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time). */
function carriesMetricsToken(header: string | undefined) {
  const token = env.get('METRICS_TOKEN')
  if (!token || !header?.startsWith('Bearer ')) return false
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(token))
}

/**
 * `/metrics` on the main port: a scraper sends METRICS_TOKEN (no account
 * needed); anyone else needs an access token, and the controller's policy
 * then admits admins only.
 */
export default class MetricsAccessMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (carriesMetricsToken(ctx.request.header('authorization'))) return next()
    return new AuthMiddleware().handle(ctx, next)
  }
}
