import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import {
  analyticsRateLimit,
  authClientRateLimit,
  authRateLimit,
  limiterStore,
} from '#config/limiter'
import { hashSecret } from '#services/identity/secret_token'
import { accountIdentityValidator } from '#validators/identity/auth'

/**
 * Auth limits count per route as registered (`/api/v1/auth/login`), never per
 * URL as typed, so `/login/` shares the bucket of `/login`.
 */
const routeOf = (ctx: HttpContext) => ctx.route?.pattern ?? ctx.request.url()

/** Who an auth request is about, in the one form every spelling of it shares; undefined when it names no one. */
type Identity = (ctx: HttpContext) => Promise<string | undefined>

/** The e-mail as the validators normalise it: case, dots, `+tags` and googlemail.com all name one account. */
const byEmail: Identity = async (ctx) => {
  const [, identity] = await accountIdentityValidator.tryValidate({
    email: ctx.request.input('email'),
  })
  return identity?.email
}

const secret = (ctx: HttpContext, field: string) => {
  const value = ctx.request.input(field)
  return typeof value === 'string' && value.trim() ? hashSecret(value.trim()) : undefined
}

/** A reset link's token: guesses at one link share a bucket. */
const byResetToken: Identity = async (ctx) => secret(ctx, 'token')

/** A refresh token's family (one login); an unknown token counts on its own. */
const byTokenFamily: Identity = async (ctx) => {
  const hash = secret(ctx, 'refreshToken')
  if (!hash) return undefined
  const row = await db.from('refresh_tokens').where('token_hash', hash).select('family_id').first()
  return row ? `family:${row.family_id}` : `token:${hash}`
}

/** The signed-in member (routes behind the auth middleware). */
const byMember: Identity = async (ctx) => (ctx.auth.user ? `user:${ctx.auth.user.id}` : undefined)

/**
 * AUTH_RATE_LIMIT requests a minute per account on one route, then that
 * account is blocked on it for 5 minutes, whichever client asks.
 */
function perAccount(name: string, identity: Identity) {
  const build = async (ctx: HttpContext) => {
    const who = await identity(ctx)
    if (!who) return null
    return limiter
      .allowRequests(authRateLimit)
      .every('1 minute')
      .blockFor('5 minutes')
      .usingKey(`auth:${routeOf(ctx)}:${who}`)
      .store(limiterStore())
  }
  // A request naming no one is left to the per-client limit (the builder may answer null).
  return limiter.define(`auth-account-${name}`, build as LimiterBuilder)
}

type LimiterBuilder = Parameters<typeof limiter.define>[1]

/** AUTH_CLIENT_RATE_LIMIT requests a minute per client address on one route, across accounts (password spraying). */
const perClient = limiter.define('auth-client', (ctx) =>
  limiter
    .allowRequests(authClientRateLimit)
    .every('1 minute')
    .usingKey(`auth:${routeOf(ctx)}:client:${ctx.request.ip()}`)
    .store(limiterStore())
)

/** Login, signup, password forgot, newsletter subscription: per client, then per e-mail. */
export const emailThrottle = [perClient, perAccount('email', byEmail)]
/** Password reset: per client, then per reset link. */
export const resetThrottle = [perClient, perAccount('reset', byResetToken)]
/** Verification resend: per client, then per member. */
export const memberThrottle = [perClient, perAccount('member', byMember)]
/** Refresh: per token family only, so one login cannot lock out everyone behind its address. */
export const refreshThrottle = [perAccount('refresh', byTokenFamily)]

/** Track requests per minute per account; clients send up to 50 events per request to stay under it. */
export const analyticsThrottle = limiter.define('analytics', (ctx) =>
  limiter
    .allowRequests(analyticsRateLimit)
    .every('1 minute')
    .usingKey(`analytics:${ctx.auth.user?.id ?? ctx.request.ip()}`)
    .store(limiterStore())
)

/** A personal-data export rebuilds everything a member owns: a few per hour per account is plenty. */
export const EXPORTS_PER_HOUR = 3
export const exportThrottle = limiter.define('personal-data-export', (ctx) =>
  limiter
    .allowRequests(EXPORTS_PER_HOUR)
    .every('1 hour')
    .usingKey(`personal-data-export:${ctx.auth.user?.id ?? ctx.request.ip()}`)
    .store(limiterStore())
)
