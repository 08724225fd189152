import { type Command, InvalidArgumentError } from 'commander'
import type { Call } from '../api/call.js'
import type { Query } from '../api/client.js'
import type { Context } from '../context.js'
import { ApiError } from '../errors.js'
import type { Column, JsonOptions } from '../output.js'

export const examples = (...lines: string[]) =>
  `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`

export function positiveInt(value: string) {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new InvalidArgumentError('expected a positive whole number')
  return parsed
}

export const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

export function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string) => {
    if (!(allowed as readonly string[]).includes(value))
      throw new InvalidArgumentError(`expected one of: ${allowed.join(', ')}`)
    return value as T
  }
}

/** A comma-separated list whose every item is one of `allowed`. */
export function someOf<T extends string>(allowed: readonly T[]) {
  return (value: string) => {
    const items = list(value)
    const wrong = items.filter((item) => !(allowed as readonly string[]).includes(item))
    if (wrong.length || !items.length)
      throw new InvalidArgumentError(
        `${wrong.length ? `unknown ${wrong.join(', ')}; ` : ''}expected a comma-separated list of: ${allowed.join(', ')}`
      )
    return items as T[]
  }
}

/** Something shaped like an e-mail address (the server has the last word). */
export function emailAddress(value: string) {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    throw new InvalidArgumentError('expected an e-mail address')
  return value
}

/** A calendar day, YYYY-MM-DD, that exists. */
export function day(value: string) {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError('expected a day as YYYY-MM-DD')
  return value
}

/** A sub-command with its description and examples (every command has both). */
export function verb(parent: Command, spec: string, description: string, usage: string[]) {
  return parent
    .command(spec)
    .description(description)
    .addHelpText('after', examples(...usage))
}

/** Commands that run an action of their own and have sub-commands too (`stats`): they take the global options like a leaf. */
export const runsItself = new WeakSet<Command>()

export function noun(program: Command, name: string, description: string, usage: string[]) {
  return verb(program, name, description, usage)
}

export const DEFAULT_LIMIT = 20
const MAX_PER_PAGE = 100

export const read = (command: Command) =>
  command
    .option(
      '--json [fields]',
      'print JSON instead of text; with a comma-separated field list, only those fields'
    )
    .option('--jq <expression>', 'filter the JSON through a jq expression (implies --json)')

export const paged = (command: Command) =>
  read(command)
    .option('-L, --limit <n>', `show at most n items (default ${DEFAULT_LIMIT})`, positiveInt)
    .option('--all', 'fetch every page')

export function mutation(command: Command, destructive = false) {
  read(command.option('--dry-run', 'print the request that would be sent and change nothing'))
  if (destructive)
    command.option('-y, --yes', 'skip the confirmation (required when not on a terminal)')
  return command
}

export interface ReadOptions extends JsonOptions {
  limit?: number
  all?: boolean
}

export interface MutationFlags extends JsonOptions {
  dryRun?: boolean
  yes?: boolean
}

export const wantsJson = (opts: JsonOptions) => Boolean(opts.json || opts.jq)

/** Prints a result as JSON with --json/--jq, or with the command's own text rendering. */
export async function show<T>(ctx: Context, opts: JsonOptions, value: T, text: (value: T) => void) {
  if (wantsJson(opts)) await ctx.out.emit(value, opts)
  else text(value)
}

/** A list as every list command prints it: the items, and how many there are on the server. */
export interface Listing<T> {
  data: T[]
  meta: { total: number; shown: number }
}

export const whole = <T>(rows: T[]): Listing<T> => ({
  data: rows,
  meta: { total: rows.length, shown: rows.length },
})

/** Reads pages of a paginated endpoint until `--limit` items (or every item with `--all`). */
export async function fetchList<T>(
  ctx: Context,
  opts: ReadOptions,
  what: string,
  call: (query: Query) => Call<T[]>
): Promise<Listing<T>> {
  const limit = opts.all ? Number.POSITIVE_INFINITY : (opts.limit ?? DEFAULT_LIMIT)
  const perPage = Math.min(MAX_PER_PAGE, limit)
  const rows: T[] = []
  let total = 0
  for (let page = 1; ; page++) {
    const { data, meta } = await ctx.out.spin(`loading ${what}`, call({ page, perPage }).send())
    rows.push(...data)
    total = Number(meta.total ?? rows.length)
    if (!data.length || rows.length >= limit || page >= Number(meta.lastPage ?? page)) break
  }
  const data = rows.slice(0, limit)
  return { data, meta: { total, shown: data.length } }
}

/** Prints a list: JSON with its meta, or a table followed (on a terminal) by how many of how many were shown. */
export async function showList<T>(
  ctx: Context,
  opts: ReadOptions,
  listing: Listing<T>,
  columns: Column<T>[],
  empty: string
) {
  if (wantsJson(opts)) return ctx.out.emit(listing, opts)
  ctx.out.table(listing.data, columns, empty)
  const { shown, total } = listing.meta
  if (ctx.out.tty && shown < total)
    ctx.out.note(`showing ${shown} of ${total}: --limit N or --all for more`)
}

/** Runs a mutation (dry-run and confirmation included) and prints its result. */
export async function change<T>(
  ctx: Context,
  call: Call<T>,
  flags: MutationFlags,
  summary: string,
  text: (value: T) => void,
  destructive = false
) {
  const outcome = await ctx.mutate(call, { ...flags, summary, destructive })
  if (outcome.sent) await show(ctx, flags, outcome.result, text)
}

/**
 * A change the server refuses with a 409 because the state asked for already
 * holds ("already flagged"): `current` reads the resource back and says, in
 * words, whether that is the case; then the command succeeds with a note
 * instead of failing.
 */
export async function settle<T>(
  ctx: Context,
  call: Call<T>,
  flags: MutationFlags,
  summary: string,
  text: (value: T) => void,
  current: () => Promise<{ value: T; already?: string }>,
  destructive = false
) {
  try {
    await change(ctx, call, flags, summary, text, destructive)
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error
    const { value, already } = await current()
    if (!already) throw error
    ctx.out.note(`${already}: nothing to do`)
    if (wantsJson(flags)) await ctx.out.emit(value, flags)
  }
}
