import { Cron } from 'croner'
import { DateTime } from 'luxon'

/** A 5-field cron expression evaluated in UTC (croner), or null when croner refuses it. */
function pattern(expression: string) {
  try {
    return new Cron(expression, { timezone: 'UTC', paused: true, mode: '5-part' })
  } catch {
    return null
  }
}

/** Next time the expression fires, strictly after `after`. */
export function nextCronRun(expression: string, after: DateTime = DateTime.utc()): DateTime | null {
  const next = pattern(expression)?.nextRun(after.toJSDate())
  return next ? DateTime.fromJSDate(next, { zone: 'utc' }) : null
}

/** The latest time the expression fired at or before `at` (its current due time). */
export function lastCronRun(expression: string, at: DateTime = DateTime.utc()): DateTime | null {
  const [previous] =
    pattern(expression)?.previousRuns(1, at.plus({ milliseconds: 1 }).toJSDate()) ?? []
  return previous ? DateTime.fromJSDate(previous, { zone: 'utc' }) : null
}

export const isCronExpression = (expression: string) => pattern(expression) !== null
