import type { ApplicationService } from '@adonisjs/core/types'
import QueueService from '#services/operations/queue/queue_service'

/**
 * Binds QueueService: BullMQ queues on the app's Redis, or in-process jobs
 * when Redis did not answer at boot (config/redis.ts lets only development and
 * tests get that far without Redis). Queues close when the app terminates.
 */
export default class QueueProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(QueueService, async () => {
      const { redisAvailable } = await import('#config/redis')
      if (!redisAvailable) {
        const { MemoryBackend } = await import('#services/operations/queue/memory_backend')
        return new QueueService(new MemoryBackend())
      }
      const { BullBackend } = await import('#services/operations/queue/bullmq_backend')
      const { queueConnection } = await import('#services/operations/queue/config')
      return new QueueService(new BullBackend(queueConnection()))
    })
  }

  async shutdown() {
    const queues = await this.app.container.make(QueueService)
    await queues.close()
  }
}
