import type { Command } from 'commander'
import type { Context } from '../context.js'
import { ApiError } from '../errors.js'
import { show, verb } from './shared.js'

export function registerLogout(program: Command, ctx: Context) {
  verb(program, 'logout', 'Revoke the stored login on the server and forget its tokens (the server URL is kept)', [
    'marquee logout',
    'marquee logout --profile prod',
  ])
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const session = await ctx.config.profile(ctx.profile)
      let revoked = false
      if (session?.accessToken) {
        const api = await ctx.api({ storedLogin: true })
        try {
          await api.auth.logout(session.refreshToken).send()
          revoked = true
        } catch (error) {
          // An expired or revoked login is as good as logged out.
          if (!(error instanceof ApiError && error.status === 401)) throw error
        }
        await ctx.config.saveProfile(ctx.profile, { server: session.server, email: session.email })
      }
      show(ctx, opts.json, { profile: ctx.profile, revoked }, () =>
        ctx.out.success(session?.accessToken ? `Logged out of ${session.server} (profile "${ctx.profile}")` : `Profile "${ctx.profile}" was not logged in`)
      )
    })
}
