import type { Command } from 'commander'
import type { Context } from '../context.js'
import { change, emailAddress, mutation, noun, verb, type MutationFlags } from './shared.js'

export function registerMail(program: Command, ctx: Context) {
  const mail = noun(program, 'mail', 'E-mail delivery checks', [
    'marquee mail test --to ops@example.com',
  ])
  mutation(
    verb(mail, 'test', 'Queue a test e-mail to an address, to check SMTP delivery', [
      'marquee mail test --to ops@example.com',
    ])
  )
    .requiredOption('--to <email>', 'recipient', emailAddress)
    .action(async (opts: MutationFlags & { to: string }) => {
      const api = await ctx.api()
      await change(
        ctx,
        api.testMail(opts.to),
        opts,
        `send a test e-mail to ${opts.to}`,
        ({ taskId }) =>
          ctx.out.success(`Queued as task ${taskId} (follow it: marquee tasks watch ${taskId})`)
      )
    })
}
