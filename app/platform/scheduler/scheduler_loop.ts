import type Scheduler from '#platform/scheduler/scheduler'
import { type SchedulerMode, type TickOutcome } from '#platform/scheduler/scheduler'

export interface LoopHooks {
  onTick(outcomes: TickOutcome[]): void
  onError(error: Error): void
}

/**
 * Calls `Scheduler.tick` at once, then at the start of every minute, until
 * stopped. `stop` waits for the tick under way (its task runs finish and are
 * recorded).
 */
export class SchedulerLoop {
  #timer: NodeJS.Timeout | null = null
  #tick: Promise<void> | null = null
  #stopped = false

  constructor(
    private scheduler: Scheduler,
    private mode: SchedulerMode,
    private hooks: LoopHooks
  ) {}

  start() {
    this.#run()
  }

  async stop() {
    this.#stopped = true
    if (this.#timer) clearTimeout(this.#timer)
    await this.#tick
  }

  #run() {
    this.#timer = null
    this.#tick = this.scheduler
      .tick(this.mode)
      .then(
        (outcomes) => this.hooks.onTick(outcomes),
        (error) => this.hooks.onError(error)
      )
      .finally(() => {
        this.#tick = null
        if (!this.#stopped)
          this.#timer = setTimeout(() => this.#run(), 60_000 - (Date.now() % 60_000) + 100)
      })
  }
}

/** One line per task run of a tick. */
export function describeOutcome(outcome: TickOutcome) {
  const due = outcome.dueAt.toISO()
  const took = outcome.durationMs !== null ? ` in ${outcome.durationMs} ms` : ''
  const why = outcome.error ? `: ${outcome.error}` : ''
  return `${outcome.task} (due ${due}) ${outcome.outcome}${took}${why}`
}
