import { randomBytes } from 'node:crypto'
import env from '#start/env'
import { Queue } from 'bullmq'
import { WorkerPool } from '#platform/queue/worker_pool'
import { QUEUE_NAMES, queuePrefix, queueConnection, type QueueName } from '#platform/queue/config'

/**
 * The suite's real BullMQ workers, in the test process (one pool per queue,
 * so a test can stop one queue and watch jobs wait, or hand it to a child worker).
 */
class TestWorkers {
  #pools = new Map<QueueName, WorkerPool>()

  async start(queues: readonly QueueName[] = QUEUE_NAMES) {
    for (const queue of queues) {
      if (this.#pools.has(queue)) continue
      // A short stalled-check interval: each check blocks the next one (any worker's) for its interval,
      // and worker processes started by tests must take over dead workers' jobs quickly.
      const pool = new WorkerPool({ queues: [queue], concurrency: 5, stalledInterval: 300 })
      this.#pools.set(queue, pool)
      await pool.start()
    }
  }

  async stop(queues: readonly QueueName[] = QUEUE_NAMES) {
    await Promise.all(
      queues.map((queue) => {
        const pool = this.#pools.get(queue)
        this.#pools.delete(queue)
        return pool?.close()
      })
    )
  }
}

export const testWorkers = new TestWorkers()

/**
 * Gives this run its own queue keys in the test Redis database, so test runs
 * side by side never take each other's jobs. Call before anything queues.
 */
export function useOwnQueuePrefix() {
  env.set('QUEUE_PREFIX', `marquee-test-${randomBytes(4).toString('hex')}`)
}

/** Deletes this run's queues and jobs. */
export async function purgeQueues() {
  for (const name of QUEUE_NAMES) {
    const queue = new Queue(name, { connection: queueConnection(), prefix: queuePrefix() })
    await queue.obliterate({ force: true })
    await queue.close()
  }
}
