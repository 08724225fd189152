import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticator } from '@adonisjs/auth'
import type { Authenticators, GuardFactory } from '@adonisjs/auth/types'

/**
 * Gives every request its authenticator (`ctx.auth`), as @adonisjs/auth's own
 * initialize middleware does, minus sharing it with Edge views: this API
 * renders no views per request (Edge only renders e-mails), and reading
 * `ctx.view` builds an Edge renderer on every request, which with
 * edge.js 6 also rescans the components folder on disk each time.
 */
export default class InitializeAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const manager = await ctx.containerResolver.make('auth.manager')
    ctx.auth = manager.createAuthenticator(ctx)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    auth: Authenticator<
      Authenticators extends Record<string, GuardFactory> ? Authenticators : never
    >
  }
}
