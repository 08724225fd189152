import { Command, CommanderError } from 'commander'
import { Context, type GlobalOptions } from './context.js'
import { describeError, EXIT } from './errors.js'
import type { Io } from './io.js'
import { examples, runsItself } from './commands/shared.js'
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
import { registerHealth } from './commands/health.js'
import { registerMail } from './commands/mail.js'
import { registerAuth } from './commands/auth.js'
import { registerProfiles } from './commands/profiles.js'
import { registerAudit } from './commands/audit.js'
import { registerApi } from './commands/api.js'

export const VERSION = '0.1.0'

/** The command tree, bound to `io` (the help of every command is read from it in tests). */
export function program(io: Io) {
  return build(io).root
}

function build(io: Io) {
  const root = new Command('marquee')
  let leaf: Command | undefined
  // Global options go before the command or after it (`marquee login --server URL`); seed's own --profile is the seed profile.
  const globals = (): GlobalOptions => {
    const own = leaf?.opts<GlobalOptions>() ?? {}
    const top = root.opts<GlobalOptions>()
    return {
      server: own.server ?? top.server,
      token: own.token ?? top.token,
      profile: (leaf?.name() === 'seed' ? undefined : own.profile) ?? top.profile,
    }
  }
  const ctx = new Context(io, globals)
  root
    .description(
      'Operate a Marquee server from the terminal: approvals, users, moderation, audit log, cache, batch runs, tasks, seeding, stats.\nExit codes: 0 done, 1 failed, 2 wrong usage, 4 log in first, 130 interrupted.'
    )
    .version(VERSION)
    .option('--server <url>', "server URL (default: the profile's, or MARQUEE_SERVER)")
    .option(
      '--profile <name>',
      'profile to use, one per server or account (default: MARQUEE_PROFILE or "default")'
    )
    .option('--token <token>', 'access token to use instead of the stored login (or MARQUEE_TOKEN)')
    .addHelpText(
      'after',
      examples(
        'marquee login --server http://localhost:3333',
        'marquee approvals list',
        'marquee users list --role sponsor --limit 50 --json id,email',
        'marquee audit list --since 24h --jq ".data[].action"'
      )
    )
    .showHelpAfterError('(add --help for usage)')
    .enablePositionalOptions()
    .hook('preAction', (_root, action) => {
      leaf = action
    })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
  for (const register of [
    registerLogin,
    registerLogout,
    registerWhoami,
    registerAuth,
    registerProfiles,
    registerApprovals,
    registerUsers,
    registerModeration,
    registerRules,
    registerAudit,
    registerCache,
    registerBatch,
    registerTasks,
    registerSeed,
    registerStats,
    registerHealth,
    registerMail,
    registerApi,
  ]) {
    register(root, ctx)
  }
  // Sub-commands inherit error handling and output, so usage errors surface as CommanderErrors here.
  const inherit = (command: Command) => {
    for (const child of command.commands) {
      child
        .exitOverride()
        .configureOutput(root.configureOutput())
        .showHelpAfterError('(add --help for usage)')
      if (!child.commands.length || runsItself.has(child)) {
        child.option('--server <url>', 'server URL').option('--token <token>', 'access token')
        if (child.name() !== 'seed') child.option('--profile <name>', 'config profile')
      }
      inherit(child)
    }
  }
  inherit(root)
  return { root, ctx }
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { root, ctx } = build(io)
    await root.parseAsync(argv, { from: 'user' })
    return ctx.exitCode ?? EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    const { line, exitCode } = describeError(error)
    if (line) io.stderr.write(`${line}\n`)
    return exitCode
  }
}
