import { setTimeout as sleep } from 'node:timers/promises'

export interface WaitOptions<T> {
  /** What the test waits for, named in the failure (default: the probe's source). */
  what?: string
  /** Done when this accepts the probe's value (default: when the value is truthy). */
  until?: (value: T) => boolean
  timeoutMs?: number
  intervalMs?: number
  /** A probe that throws counts as "not yet" (a server still starting) instead of failing the wait at once. */
  ignoreErrors?: boolean
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>

/**
 * The suite's one wait: reads `probe` until the condition holds and resolves
 * to the value that met it; fails after `timeoutMs` naming what it waited for
 * and the last value (or error) seen. A probe that throws fails the wait at
 * once, unless `ignoreErrors` is set. Wait on what a user would
 * see happen (a task's state, a row, an output line, a delivered message);
 * where the event itself can be subscribed to (SSE streams, the SMTP sink,
 * a process's output), prefer that.
 */
export function waitFor<T>(
  probe: () => T | Promise<T>,
  options: WaitOptions<T> & { until: (value: T) => boolean }
): Promise<T>
export function waitFor<T>(
  probe: () => T | Promise<T>,
  options?: Omit<WaitOptions<T>, 'until'>
): Promise<Truthy<T>>
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  options?: WaitOptions<T>
): Promise<T> {
  const { until = Boolean, timeoutMs = 5000, intervalMs = 25, ignoreErrors = false } = options ?? {}
  const deadline = Date.now() + timeoutMs
  let last: { value: T } | { error: unknown } | undefined
  for (;;) {
    try {
      const value = await probe()
      if (until(value)) return value
      last = { value }
    } catch (error) {
      if (!ignoreErrors) throw error
      last = { error }
    }
    if (Date.now() >= deadline) {
      const what = options?.what ?? String(probe)
      const seen = !last
        ? ''
        : 'error' in last
          ? `; last error: ${last.error instanceof Error ? last.error.message : String(last.error)}`
          : `; last value: ${JSON.stringify(last.value)?.slice(0, 500)}`
      throw new Error(`not reached within ${timeoutMs} ms: ${what}${seen}`, {
        cause: last && 'error' in last ? last.error : undefined,
      })
    }
    await sleep(intervalMs)
  }
}
