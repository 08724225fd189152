import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { QUEUE_NAMES, type QueueName } from '#platform/queue/queue_service'

/**
 * Runs BullMQ workers until SIGTERM/SIGINT, then stops taking jobs, lets the
 * running ones finish and exits 0. Delivery is at least once: a job of a
 * worker that died is taken over by another worker after its lock expires.
 */
export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description = 'Process background jobs from the Redis queues'
  static help = [
    'Runs until stopped; SIGTERM or SIGINT waits for the running jobs, then exits 0.',
    '```',
    '{{ binaryName }} queue:work',
    '{{ binaryName }} queue:work --queue mail --concurrency 10',
    '```',
  ]
  static options: CommandOptions = { startApp: true, staysAlive: true }

  @flags.array({
    description: `Queues to process (${QUEUE_NAMES.join(', ')})`,
    default: [...QUEUE_NAMES] as string[],
  })
  declare queue: string[]

  @flags.number({ description: 'Jobs processed at the same time, per queue', default: 5 })
  declare concurrency: number

  @flags.number({
    description:
      'Jobs of the mail queue processed at the same time (they mostly wait on SMTP and the database)',
    default: 20,
  })
  declare mailConcurrency: number

  @flags.number({
    description: 'Milliseconds before the job of a worker that stopped answering is taken over',
    default: 30_000,
  })
  declare lockDuration: number

  @flags.number({ description: 'Milliseconds between checks for such jobs', default: 30_000 })
  declare stalledInterval: number

  async run() {
    const queues = this.queue
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean)
    const unknown = queues.filter((name) => !(QUEUE_NAMES as readonly string[]).includes(name))
    if (unknown.length || queues.length === 0) {
      return this.fail(
        `Unknown queue ${unknown.join(', ') || '(none)'}: choose from ${QUEUE_NAMES.join(', ')}`
      )
    }
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) {
      return this.fail('--concurrency must be a whole number of at least 1')
    }
    if (!Number.isInteger(this.mailConcurrency) || this.mailConcurrency < 1) {
      return this.fail('--mail-concurrency must be a whole number of at least 1')
    }

    const { redisUp } = await import('#platform/runtime/redis_state')
    if (!redisUp()) {
      return this.fail(
        'queue:work needs Redis (REDIS_HOST/REDIS_PORT); without it the app runs jobs in its own process'
      )
    }

    const { createWorkerPool } = await import('#platform/queue/queue_service')
    const pool = await createWorkerPool({
      queues: queues as QueueName[],
      concurrency: this.concurrency,
      mailConcurrency: this.mailConcurrency,
      lockDuration: this.lockDuration,
      stalledInterval: this.stalledInterval,
    })

    const { listenForMetrics } = await import('#platform/metrics/registry')
    await listenForMetrics(this.app)

    const { startOutboxRelay } = await import('#providers/queue_provider')
    const relay = await startOutboxRelay(this.app)

    // Terminating hooks run before providers close Redis and the database, so running jobs can finish.
    this.app.terminating(async () => {
      await relay.stop()
      await pool.close(() =>
        this.logger.info('stopping: finishing the running jobs, taking no new ones')
      )
      this.logger.info('workers stopped')
    })
    this.app.listenOnce('SIGTERM', () => this.app.terminate())
    this.app.listenOnce('SIGINT', () => this.app.terminate())

    await pool.start()
    this.logger.info(
      `processing queues ${queues.join(', ')} (concurrency ${this.concurrency}, mail ${this.mailConcurrency})`
    )
  }

  private fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
    return this.app.terminate()
  }
}
