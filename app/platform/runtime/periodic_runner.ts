export interface PeriodicOptions {
  /** One pass; its rejection is the caller's to handle (the runner only re-arms). */
  run: () => Promise<void>
  /** Milliseconds from the end of a pass to the start of the next one. */
  delay: () => number
  /** Run the first pass on `start` instead of after the first delay. */
  immediate?: boolean
  /** The timer does not keep the process alive (a background watch in a short-lived command). */
  unref?: boolean
}

/**
 * Runs a pass, waits, runs the next, until stopped: never two passes at once,
 * the timer re-armed after each pass ends. `stop` clears the timer and waits
 * for the pass under way.
 */
export class PeriodicRunner {
  #timer: NodeJS.Timeout | null = null
  #pass: Promise<void> | null = null
  #stopped = false

  constructor(private options: PeriodicOptions) {}

  start() {
    if (this.options.immediate) this.#run()
    else this.#arm()
  }

  async stop() {
    this.#stopped = true
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    await this.#pass
  }

  #arm() {
    if (this.#stopped) return
    this.#timer = setTimeout(() => this.#run(), this.options.delay())
    if (this.options.unref) this.#timer.unref()
  }

  #run() {
    this.#timer = null
    this.#pass = this.options
      .run()
      .catch(() => {})
      .finally(() => {
        this.#pass = null
        this.#arm()
      })
  }
}
