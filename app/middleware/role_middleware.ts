import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Role } from '#models/user'
import AppException from '#exceptions/app_exception'

/**
 * Route-group guard by role (e.g. every /admin route). Finer rules live in
 * Bouncer policies; this keeps a whole area closed to other roles.
 */
export default class RoleMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { roles: Role[] }) {
    const user = ctx.auth.getUserOrFail()
    if (!options.roles.includes(user.role)) {
      throw AppException.forbidden('E_FORBIDDEN', 'Your role is not allowed to access this area')
    }
    return next()
  }
}
