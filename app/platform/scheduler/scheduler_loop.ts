import type Scheduler from '#platform/scheduler/scheduler'
import { type SchedulerMode, type TickOutcome } from '#platform/scheduler/scheduler'
import { PeriodicRunner } from '#platform/runtime/periodic_runner'

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
  #runner: PeriodicRunner

  constructor(scheduler: Scheduler, mode: SchedulerMode, hooks: LoopHooks) {
    this.#runner = new PeriodicRunner({
      immediate: true,
      delay: () => 60_000 - (Date.now() % 60_000) + 100,
      run: () =>
        scheduler.tick(mode).then(
          (outcomes) => hooks.onTick(outcomes),
          (error) => hooks.onError(error)
        ),
    })
  }

  start() {
    this.#runner.start()
  }

  stop() {
    return this.#runner.stop()
  }
}

/** One line per task run of a tick. */
export function describeOutcome(outcome: TickOutcome) {
  const due = outcome.dueAt.toISO()
  const took = outcome.durationMs !== null ? ` in ${outcome.durationMs} ms` : ''
  const why = outcome.error ? `: ${outcome.error}` : ''
  return `${outcome.task} (due ${due}) ${outcome.outcome}${took}${why}`
}
