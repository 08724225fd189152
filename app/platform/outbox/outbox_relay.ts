import logger from '@adonisjs/core/services/logger'
import type OutboxService from '#platform/outbox/outbox_service'
import { PeriodicRunner } from '#platform/runtime/periodic_runner'

/** Milliseconds between relay passes. */
const INTERVAL_MS = 1000

/**
 * Relays the outbox to the queues every second, in web and worker processes.
 * A change's jobs are relayed right after its commit already; this loop
 * catches up on the rows the queue refused meanwhile (Redis down) or whose
 * process died before relaying them.
 */
export class OutboxRelay {
  #runner = new PeriodicRunner({ delay: () => INTERVAL_MS, run: () => this.#run() })
  /** The queue refused the last pass's rows (Redis down): logged once, and once when they go through. */
  #refused = false

  constructor(private outbox: OutboxService) {}

  start() {
    this.#runner.start()
  }

  stop() {
    return this.#runner.stop()
  }

  async #run() {
    try {
      const { relayed, refused } = await this.outbox.relayPending()
      if (refused && !this.#refused)
        logger.warn(
          'outbox: the queue is unreachable; jobs are recorded and relayed once it answers'
        )
      if (!refused && this.#refused)
        logger.info(
          { relayed },
          'outbox: the queue answers again; relaying the jobs recorded meanwhile'
        )
      this.#refused = refused
    } catch (error) {
      logger.error({ err: error }, 'outbox: relay pass failed')
    }
  }
}
