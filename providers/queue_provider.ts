import type { ApplicationService } from '@adonisjs/core/types'
import QueueService, { createQueueBackend } from '#platform/queue/queue_service'
import type { OutboxRelay } from '#platform/outbox/outbox_service'

/**
 * Binds QueueService: BullMQ queues on the app's Redis, or in-process jobs
 * when Redis did not answer at boot (config/redis.ts lets only development and
 * tests get that far without Redis). Web processes relay the outbox to the
 * queues (queue:work does too). Queues close when the app terminates.
 */
export default class QueueProvider {
  #relay: OutboxRelay | null = null

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(QueueService, async () => {
      const { redisAvailable } = await import('#config/redis')
      return new QueueService(await createQueueBackend(redisAvailable))
    })
  }

  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    this.#relay = await startOutboxRelay(this.app)
  }

  async shutdown() {
    await this.#relay?.stop()
    const queues = await this.app.container.make(QueueService)
    await queues.close()
  }
}

/** Starts the loop that relays the outbox to the queues (web processes and queue:work). */
export async function startOutboxRelay(app: ApplicationService) {
  const { default: OutboxService, startOutboxRelay: start } =
    await import('#platform/outbox/outbox_service')
  return start(await app.container.make(OutboxService))
}
