import { context, type Context } from '@opentelemetry/api'

interface Waiting<Item, Result> {
  item: Item
  /** The caller's trace context: a group's statement is traced in its first caller's trace. */
  trace: Context
  resolve: (result: Result) => void
  reject: (error: unknown) => void
}

/**
 * Runs many callers' items through one call of `run` (a statement): the items
 * added during one turn of the event loop, or while the previous call was
 * under way, go together. Alone, an item waits for one `setImmediate`; under
 * load the groups grow by themselves. With `lingerMs`, a group waits that
 * long for more items instead: fewer and larger statements, for callers who
 * can spare the wait. `run` answers one result per item, in
 * order. When a group's call throws, each of its items is run again alone, so
 * one bad item fails only its own caller (a failed statement changed nothing).
 * With tracing on, a group's statement is a span in the trace of its first
 * item's caller.
 */
export class GroupCommit<Item, Result> {
  #waiting: Waiting<Item, Result>[] = []
  #scheduled = false
  #running = false

  constructor(
    private run: (items: Item[]) => Promise<Result[]>,
    private options: { lingerMs?: number } = {}
  ) {}

  add(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.push({ item, trace: context.active(), resolve, reject })
      this.#schedule()
    })
  }

  #schedule() {
    if (this.#scheduled || this.#running) return
    this.#scheduled = true
    const flush = () => {
      this.#scheduled = false
      void this.#flush()
    }
    if (this.options.lingerMs) setTimeout(flush, this.options.lingerMs)
    else setImmediate(flush)
  }

  async #flush() {
    const group = this.#waiting
    this.#waiting = []
    if (group.length === 0) return
    this.#running = true
    try {
      const items = group.map((waiting) => waiting.item)
      const results = await context.with(group[0].trace, () => this.run(items))
      group.forEach((waiting, index) => waiting.resolve(results[index]))
    } catch (error) {
      if (group.length === 1) group[0].reject(error)
      else
        for (const waiting of group)
          await context
            .with(waiting.trace, () => this.run([waiting.item]))
            .then(([result]) => waiting.resolve(result), waiting.reject)
    } finally {
      this.#running = false
      if (this.#waiting.length > 0) this.#schedule()
    }
  }
}
