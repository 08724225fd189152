import type { Command } from 'commander'
import { UsageError } from '../errors.js'
import { day } from './shared.js'

export interface PeriodOptions {
  from?: string
  to?: string
}

/** `--from` and `--to` (UTC days) of a read over a period; the server defaults them to the last 30 days. */
export const period = (command: Command, what: string) =>
  command
    .option('--from <day>', `first day of ${what} (YYYY-MM-DD, default 30 days ago)`, day)
    .option('--to <day>', `last day of ${what} (YYYY-MM-DD, default today)`, day)

export function checkPeriod(opts: PeriodOptions) {
  if (opts.from && opts.to && opts.from > opts.to)
    throw new UsageError(`--from ${opts.from} is after --to ${opts.to}`)
}
