import { Command, CommanderError } from 'commander'
import { Context, type GlobalOptions } from './context.js'
import { describeError, EXIT } from './errors.js'
import type { Io } from './io.js'
import { examples } from './commands/shared.js'
import { registerLogin } from './commands/login.js'
import { registerLogout } from './commands/logout.js'
import { registerWhoami } from './commands/whoami.js'
import { registerApprovals } from './commands/approvals.js'
import { registerUsers } from './commands/users.js'
import { registerModeration } from './commands/moderation.js'
import { registerRules } from './commands/rules.js'
import { registerCache } from './commands/cache.js'
import { registerBatch } from './commands/batch.js'
import { registerTasks } from './commands/tasks.js'
import { registerSeed } from './commands/seed.js'
import { registerStats } from './commands/stats.js'
import { registerMail } from './commands/mail.js'

export const VERSION = '0.1.0'

/** The command tree, bound to `io` (the help of every command is read from it in tests). */
export function program(io: Io) {
  const root = new Command('marquee')
  let leaf: Command | undefined
  // Global options go before the command or after it (`marquee login --server URL`); seed's own --profile is the seed profile.
  const globals = (): GlobalOptions => {
    const own = leaf?.opts<GlobalOptions>() ?? {}
    const top = root.opts<GlobalOptions>()
    return { server: own.server ?? top.server, token: own.token ?? top.token, profile: (leaf?.name() === 'seed' ? undefined : own.profile) ?? top.profile }
  }
  const ctx = new Context(io, globals)
  root
    .description('Operate a Marquee server from the terminal: approvals, users, moderation, cache, batch runs, tasks, seeding, stats.')
    .version(VERSION)
    .option('--server <url>', 'server URL (default: the profile\'s, or MARQUEE_SERVER)')
    .option('--profile <name>', 'profile to use, one per server or account (default: MARQUEE_PROFILE or "default")')
    .option('--token <token>', 'access token to use instead of the stored login (or MARQUEE_TOKEN)')
    .addHelpText('after', examples('marquee login --server http://localhost:3333', 'marquee approvals list', 'marquee users show 12 --json'))
    .showHelpAfterError('(add --help for usage)')
    .enablePositionalOptions()
    .hook('preAction', (_root, action) => {
      leaf = action
    })
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
  for (const register of [registerLogin, registerLogout, registerWhoami, registerApprovals, registerUsers, registerModeration, registerRules, registerCache, registerBatch, registerTasks, registerSeed, registerStats, registerMail]) {
    register(root, ctx)
  }
  // Sub-commands inherit error handling and output, so usage errors surface as CommanderErrors here.
  const inherit = (command: Command) => {
    for (const child of command.commands) {
      child.exitOverride().configureOutput(root.configureOutput()).showHelpAfterError('(add --help for usage)')
      if (!child.commands.length) {
        child.option('--server <url>', 'server URL').option('--token <token>', 'access token')
        if (child.name() !== 'seed') child.option('--profile <name>', 'config profile')
      }
      inherit(child)
    }
  }
  inherit(root)
  return root
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    await program(io).parseAsync(argv, { from: 'user' })
    return EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    const { line, exitCode } = describeError(error)
    io.stderr.write(`${line}\n`)
    return exitCode
  }
}
