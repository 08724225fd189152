import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import AppException from '#exceptions/app_exception'

/**
 * Authenticates the bearer access token. A blocked account is refused even
 * with a token that has not expired yet (blocking also deletes its tokens).
 */
export default class AuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = await ctx.auth.authenticateUsing(['api'])
    if (user.blockedAt) {
      throw AppException.unauthorized('E_ACCOUNT_BLOCKED', 'This account is blocked')
    }
    if (user.status === 'rejected') {
      throw AppException.unauthorized('E_ACCOUNT_REJECTED', 'This brand account was not approved')
    }
    return next()
  }
}
