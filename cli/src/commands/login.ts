import type { Command } from 'commander'
import { HttpClient } from '../api/client.js'
import { MarqueeApi } from '../api/marquee_api.js'
import { sessionTokens } from '../api/session_credentials.js'
import type { Context } from '../context.js'
import { UsageError } from '../errors.js'
import { ask, askHidden, readAll } from '../prompt.js'
import { show, verb } from './shared.js'

async function credentials(ctx: Context, opts: { email?: string; passwordStdin?: boolean }) {
  const terminal = Boolean(ctx.io.stdin.isTTY)
  if (opts.passwordStdin) {
    if (!opts.email) throw new UsageError('--password-stdin needs --email')
    return { email: opts.email, password: (await readAll(ctx.io)).replace(/\r?\n$/, '') }
  }
  if (!terminal) throw new UsageError('not a terminal: pass --email and --password-stdin')
  const email = opts.email ?? (await ask(ctx.io, 'Email: '))
  return { email, password: await askHidden(ctx.io, 'Password: ') }
}

export function registerLogin(program: Command, ctx: Context) {
  verb(program, 'login', 'Log in to a server and store the tokens in the profile (asks for email and password on a terminal)', [
    'marquee login --server http://localhost:3333',
    'printf %s "$PASSWORD" | marquee login --server https://api.example.com --email ops@example.com --password-stdin --profile prod',
  ])
    .option('--email <email>', 'account e-mail (asked on a terminal when missing)')
    .option('--password-stdin', 'read the password from stdin instead of asking')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { email?: string; passwordStdin?: boolean; json?: boolean }) => {
      const server = (await ctx.server())?.replace(/\/+$/, '')
      if (!server) throw new UsageError(`--server URL is required for the first login of profile "${ctx.profile}"`)
      const { email, password } = await credentials(ctx, opts)
      const api = new MarqueeApi(new HttpClient(server))
      const { user, tokens } = await ctx.out.spin('logging in', api.auth.login(email, password).data())
      await ctx.config.saveProfile(ctx.profile, { server, email: user.email, ...sessionTokens(tokens) })
      const result = { profile: ctx.profile, server, user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role } }
      show(ctx, opts.json, result, () => {
        ctx.out.success(`Logged in to ${server} as ${user.email} (${user.role}), profile "${ctx.profile}"`)
        if (user.role !== 'admin') ctx.out.note('note: most marquee commands need an admin account')
      })
    })
}
