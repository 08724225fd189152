import type { Command } from 'commander'
import { HttpClient } from '../api/client.js'
import { MarqueeApi } from '../api/marquee_api.js'
import { sessionTokens } from '../api/session_credentials.js'
import type { Context } from '../context.js'
import { NetworkError, UsageError } from '../errors.js'
import { emailAddress, read, show, verb, type ReadOptions } from './shared.js'

async function credentials(ctx: Context, opts: { email?: string; passwordStdin?: boolean }) {
  const { ask, askHidden, readAll } = await import('../prompt.js')
  const terminal = Boolean(ctx.io.stdin.isTTY)
  if (opts.passwordStdin) {
    if (!opts.email) throw new UsageError('--password-stdin needs --email')
    const input = await readAll(ctx.io)
    return { email: opts.email, password: input.replace(/\r?\n$/, '') }
  }
  if (!terminal) throw new UsageError('not a terminal: pass --email and --password-stdin')
  const email = opts.email ?? (await ask(ctx.io, 'Email: '))
  return { email, password: await askHidden(ctx.io, 'Password: ') }
}

/** Nobody should type a password for a server that is not there: any HTTP answer will do. */
async function reachable(server: string) {
  try {
    await new HttpClient(server).raw('GET', '/api/v1/auth/me', {
      anonymous: true,
      signal: AbortSignal.timeout(10_000),
    })
  } catch (error) {
    if (error instanceof NetworkError) throw error
  }
}

export function registerLogin(program: Command, ctx: Context) {
  read(
    verb(
      program,
      'login',
      'Log in to a server and store the tokens in the profile, bound to that server (asks for email and password on a terminal)',
      [
        'marquee login --server http://localhost:3333',
        'printf %s "$PASSWORD" | marquee login --server https://api.example.com --email ops@example.com --password-stdin --profile prod',
      ]
    )
  )
    .option('--email <email>', 'account e-mail (asked on a terminal when missing)', emailAddress)
    .option('--password-stdin', 'read the password from stdin instead of asking')
    .action(async (opts: ReadOptions & { email?: string; passwordStdin?: boolean }) => {
      const server = await ctx.server()
      if (!server)
        throw new UsageError(
          `--server URL is required for the first login of profile "${ctx.profile}"`
        )
      if (!opts.passwordStdin) await reachable(server)
      const { email, password } = await credentials(ctx, opts)
      const api = new MarqueeApi(new HttpClient(server))
      const { user, tokens } = await ctx.out.spin(
        'logging in',
        api.auth.login(email, password).data()
      )
      await ctx.config.saveProfile(ctx.profile, {
        server,
        email: user.email,
        ...sessionTokens(tokens),
      })
      const result = {
        profile: ctx.profile,
        server,
        user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role },
      }
      await show(ctx, opts, result, () => {
        ctx.out.success(
          `Logged in to ${server} as ${user.email} (${user.role}), profile "${ctx.profile}"`
        )
        if (user.role !== 'admin') ctx.out.note('note: most marquee commands need an admin account')
      })
    })
}
