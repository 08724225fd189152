import type { Command } from 'commander'
import type { Context } from '../context.js'
import { change, mutation, oneOf, verb, type MutationFlags } from './shared.js'

export function registerSeed(program: Command, ctx: Context) {
  mutation(
    verb(
      program,
      'seed',
      'Seed data on the server as a background task (demo accounts and content, or a small/large bulk profile)',
      ['marquee seed --profile demo', 'marquee seed --profile small --yes']
    ),
    true
  )
    .requiredOption(
      '--profile <profile>',
      'seed profile: demo, small or large (a config profile goes before "seed": marquee --profile prod seed …)',
      oneOf(['demo', 'small', 'large'] as const)
    )
    .option('--force', 'allow seeding a production server')
    .action(async (opts: MutationFlags & { profile: string; force?: boolean }) => {
      const api = await ctx.api()
      await change(
        ctx,
        api.seed(opts.profile, opts.force),
        opts,
        `seed the "${opts.profile}" profile on ${api.server}`,
        ({ taskId }) =>
          ctx.out.success(
            `Seeding queued as task ${taskId} (follow it: marquee tasks watch ${taskId})`
          ),
        true
      )
    })
}
