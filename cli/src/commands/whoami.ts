import type { Command } from 'commander'
import type { Context } from '../context.js'
import { read, show, verb, type ReadOptions } from './shared.js'

export function registerWhoami(program: Command, ctx: Context) {
  read(
    verb(program, 'whoami', 'Show the account the CLI acts as, and on which server', [
      'marquee whoami',
      'marquee whoami --profile prod --json',
    ])
  ).action(async (opts: ReadOptions) => {
    const api = await ctx.api()
    const user = await ctx.out.spin('asking the server', api.auth.me().data())
    await show(ctx, opts, { profile: ctx.profile, server: api.server, user }, () =>
      ctx.out.line(
        `${user.email} (${user.role}, ${user.fullName}) on ${api.server}, profile "${ctx.profile}"`
      )
    )
  })
}
