import type { Command } from 'commander'
import type { Context } from '../context.js'
import { describeError, EXIT, LoginRequiredError } from '../errors.js'
import { noun, read, show, verb, type ReadOptions } from './shared.js'

/**
 * Checks the login the CLI would use (flags and environment included) against
 * its server, gh-style: exit 0 when it works, 4 when a login is needed, 1 when
 * the server cannot say.
 */
export function registerAuth(program: Command, ctx: Context) {
  const auth = noun(program, 'auth', 'The login the CLI acts with', ['marquee auth status'])

  read(
    verb(
      auth,
      'status',
      'Check the login of the profile against its server: account, role, where the token comes from and when the login expires',
      ['marquee auth status', 'marquee --profile prod auth status --json']
    )
  ).action(async (opts: ReadOptions) => {
    const session = await ctx.config.profile(ctx.profile)
    const source = ctx.tokenSource()
    const status = {
      profile: ctx.profile,
      server: (await ctx.server(session)) ?? null,
      tokenSource: source,
      loggedIn: false,
      user: null as null | { id: number; email: string; fullName: string; role: string },
      accessTokenExpiresAt: source === 'profile' ? (session?.accessTokenExpiresAt ?? null) : null,
      refreshTokenExpiresAt: source === 'profile' ? (session?.refreshTokenExpiresAt ?? null) : null,
      error: null as string | null,
    }
    let exitCode: number = EXIT.ok
    try {
      const api = await ctx.api()
      const user = await ctx.out.spin('asking the server', api.auth.me().data())
      status.loggedIn = true
      status.user = { id: user.id, email: user.email, fullName: user.fullName, role: user.role }
      if (source === 'profile') Object.assign(status, await ctx.storedExpiries())
    } catch (error) {
      const described = describeError(error)
      status.error = described.line.replace(/^error: /, '')
      exitCode = error instanceof LoginRequiredError ? EXIT.login : described.exitCode
    }
    await show(ctx, opts, status, (s) => {
      const where = s.server ?? 'no server'
      if (s.user) {
        ctx.out.success(
          `Logged in to ${where} as ${s.user.email} (${s.user.role}), profile "${s.profile}"`
        )
        ctx.out.fields([
          [
            'token from',
            s.tokenSource === 'profile' ? `the profile in ${ctx.config.path}` : s.tokenSource,
          ],
          ['access token expires', s.accessTokenExpiresAt],
          ['login expires', s.refreshTokenExpiresAt],
        ])
      } else ctx.out.line(`Not logged in to ${where} (profile "${s.profile}"): ${s.error}`)
    })
    if (exitCode !== EXIT.ok) ctx.exitCode = exitCode
  })
}
