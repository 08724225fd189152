import type { ApplicationService } from '@adonisjs/core/types'
import QueueService from '#platform/queue/queue_service'
import type { OutboxRelay } from '#platform/outbox/outbox_relay'

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
      if (!redisAvailable) {
        const { MemoryBackend } = await import('#platform/queue/memory_backend')
        return new QueueService(new MemoryBackend())
      }
      const { BullBackend } = await import('#platform/queue/bullmq_backend')
      const { queueConnection } = await import('#platform/queue/config')
      return new QueueService(new BullBackend(queueConnection()))
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
  const { OutboxRelay } = await import('#platform/outbox/outbox_relay')
  const { default: OutboxService } = await import('#platform/outbox/outbox_service')
  const relay = new OutboxRelay(await app.container.make(OutboxService))
  relay.start()
  return relay
}
