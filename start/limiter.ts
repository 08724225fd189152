import limiter from '@adonisjs/limiter/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { analyticsRateLimit, authRateLimit } from '#config/limiter'

/** Per-account key where the body names one (login, reset), else per client IP. */
function authKey(ctx: HttpContext) {
  const email = ctx.request.input('email')
  const account = typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : ''
  return `auth:${ctx.request.url()}:${ctx.request.ip()}:${account}`
}

export const authThrottle = limiter.define('auth', (ctx) =>
  limiter.allowRequests(authRateLimit).every('1 minute').blockFor('5 minutes').usingKey(authKey(ctx))
)

/** Track requests per minute per account; clients send up to 50 events per request to stay under it. */
export const analyticsThrottle = limiter.define('analytics', (ctx) =>
  limiter.allowRequests(analyticsRateLimit).every('1 minute').usingKey(`analytics:${ctx.auth.user?.id ?? ctx.request.ip()}`)
)

/** A personal-data export rebuilds everything a member owns: a few per hour per account is plenty. */
export const EXPORTS_PER_HOUR = 3
export const exportThrottle = limiter.define('personal-data-export', (ctx) =>
  limiter.allowRequests(EXPORTS_PER_HOUR).every('1 hour').usingKey(`personal-data-export:${ctx.auth.user?.id ?? ctx.request.ip()}`)
)
