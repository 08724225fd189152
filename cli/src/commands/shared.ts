import { type Command, InvalidArgumentError } from 'commander'
import type { Call } from '../api/call.js'
import type { Context } from '../context.js'

export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`

export function positiveInt(value: string) {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a positive whole number')
  return parsed
}

export const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

export function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string) => {
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of: ${allowed.join(', ')}`)
    return value as T
  }
}

/** A sub-command with its description and examples (every command has both). */
export function verb(parent: Command, spec: string, description: string, usage: string[]) {
  return parent.command(spec).description(description).addHelpText('after', examples(...usage))
}

export function noun(program: Command, name: string, description: string, usage: string[]) {
  return verb(program, name, description, usage)
}

export const read = (command: Command) => command.option('--json', 'print JSON (stable fields) instead of text')

export const paged = (command: Command) =>
  read(command).option('--page <n>', 'page number', positiveInt).option('--per-page <n>', 'items per page (at most 100)', positiveInt)

export function mutation(command: Command, destructive = false) {
  command.option('--dry-run', 'print the request that would be sent and change nothing').option('--json', 'print the result as JSON')
  if (destructive) command.option('-y, --yes', 'skip the confirmation (required when not on a terminal)')
  return command
}

export interface ReadOptions {
  json?: boolean
  page?: number
  perPage?: number
}

export interface MutationFlags {
  json?: boolean
  dryRun?: boolean
  yes?: boolean
}

/** Prints a result as JSON with --json, or with the command's own text rendering. */
export function show<T>(ctx: Context, json: boolean | undefined, value: T, text: (value: T) => void) {
  if (json) ctx.out.json(value)
  else text(value)
}

/** Runs a mutation (dry-run and confirmation included) and prints its result. */
export async function change<T>(ctx: Context, call: Call<T>, flags: MutationFlags, summary: string, text: (value: T) => void, destructive = false) {
  const result = await ctx.mutate(call, { ...flags, summary, destructive })
  if (!flags.dryRun) show(ctx, flags.json, result as T, text)
}
