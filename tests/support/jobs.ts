import { Job, jobRegistry, type JobContext } from '#platform/queue/queue_service'

/**
 * Job classes for queue tests, registered only in the test process. Their
 * behaviour is steered through in-memory state keyed by the payload's `key`,
 * so the in-process workers started by tests/bootstrap.ts can run them.
 */

const gates = new Map<string, { open: () => void; opened: Promise<void> }>()
export const runs = new Map<string, number[]>()

function gate(key: string) {
  let entry = gates.get(key)
  if (!entry) {
    let open!: () => void
    const opened = new Promise<void>((resolve) => (open = resolve))
    entry = { open, opened }
    gates.set(key, entry)
  }
  return entry
}

/** Lets a waiting {@link GatedJob} finish. */
export const openGate = (key: string) => gate(key).open()

const recordRun = (key: string) => {
  const times = runs.get(key) ?? []
  times.push(Date.now())
  runs.set(key, times)
  return times.length
}

/** Reports 50 % progress, then waits until the test opens its gate. */
export class GatedJob extends Job<{ key: string }, { key: string; attempt: number }> {
  static jobName = 'test_gated'

  async handle({ key }: { key: string }, ctx: JobContext) {
    recordRun(key)
    await ctx.progress(50)
    await gate(key).opened
    return { key, attempt: ctx.attempt }
  }
}

/** Fails while its key is in `failing`; records when each attempt ran. */
export const failing = new Set<string>()

export class FlakyJob extends Job<{ key: string }, { runs: number }> {
  static jobName = 'test_flaky'
  static attempts = 3
  static backoff = { type: 'exponential' as const, delay: 100 }

  async handle({ key }: { key: string }, ctx: JobContext) {
    const count = recordRun(key)
    if (failing.has(key)) throw new Error(`attempt ${ctx.attempt} failed`)
    return { runs: count }
  }
}

jobRegistry.register(GatedJob, FlakyJob)
