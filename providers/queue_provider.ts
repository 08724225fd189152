import type { ApplicationService } from '@adonisjs/core/types'
import QueueService, {
  createQueueBackend,
  startTaskEventListener,
  type TaskEventListener,
} from '#platform/queue/queue_service'
import type { OutboxRelay } from '#platform/outbox/outbox_service'
import { onRedisAvailable, redisUp } from '#platform/runtime/redis_state'

/**
 * Binds QueueService: BullMQ queues on the app's Redis, or in-process jobs
 * while the process runs without Redis (config/redis.ts lets only development
 * and tests get that far), switching to BullMQ when the process switches to
 * Redis. Web processes relay the outbox to the queues (queue:work does too).
 * Queues close when the app terminates.
 */
export default class QueueProvider {
  #relay: OutboxRelay | null = null
  #taskEvents: TaskEventListener | null = null

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(QueueService, async () => {
      const queues = new QueueService(await createQueueBackend(redisUp()))
      if (queues.mode === 'in-process')
        onRedisAvailable(async () => queues.switchTo(await createQueueBackend(true)))
      return queues
    })
  }

  async ready() {
    const environment = this.app.getEnvironment()
    if (environment === 'web' || environment === 'test') {
      // The workers' task events, for this process's real-time streams (once it runs on Redis).
      const listen = async () => {
        this.#taskEvents ??= await startTaskEventListener()
      }
      if (redisUp()) await listen()
      else onRedisAvailable(listen)
    }
    if (environment !== 'web') return
    this.#relay = await startOutboxRelay(this.app)
  }

  async shutdown() {
    await this.#taskEvents?.stop()
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
