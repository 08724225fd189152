import type { Command } from 'commander'
import { HttpClient } from '../api/client.js'
import { MarqueeApi } from '../api/marquee_api.js'
import { SessionCredentials } from '../api/session_credentials.js'
import type { Context } from '../context.js'
import { ApiError, describeError, LoginRequiredError } from '../errors.js'
import { read, show, verb, type ReadOptions } from './shared.js'

export function registerLogout(program: Command, ctx: Context) {
  read(
    verb(
      program,
      'logout',
      'Forget the stored login of the profile (the server URL is kept), revoking it on its server when that server answers',
      ['marquee logout', 'marquee logout --profile prod']
    )
  ).action(async (opts: ReadOptions) => {
    const session = await ctx.config.profile(ctx.profile)
    let revoked = false
    if (session?.accessToken) {
      // Revoked on the server the login belongs to, whatever --server says; forgotten here in any case.
      const api = new MarqueeApi(
        new HttpClient(
          session.server,
          new SessionCredentials(
            session,
            ctx.config,
            ctx.profile,
            `run "${ctx.loginCommand(session.server)}"`
          )
        )
      )
      try {
        await api.auth.logout(session.refreshToken).send()
        revoked = true
      } catch (error) {
        // An expired or revoked login is as good as logged out; anything else is worth a word.
        if (!(
          error instanceof LoginRequiredError ||
          (error instanceof ApiError && error.status === 401)
        ))
          ctx.out.note(
            `note: the server did not revoke the login (${describeError(error).line.replace(/^error: /, '')}); forgotten here anyway`
          )
      }
      await ctx.config.saveProfile(ctx.profile, { server: session.server, email: session.email })
    }
    await show(ctx, opts, { profile: ctx.profile, revoked }, () =>
      ctx.out.success(
        session?.accessToken
          ? `Logged out of ${session.server} (profile "${ctx.profile}")`
          : `Profile "${ctx.profile}" was not logged in`
      )
    )
  })
}
