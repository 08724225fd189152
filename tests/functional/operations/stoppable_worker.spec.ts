import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import { Queue } from 'bullmq'
import { queueConnection, queuePrefix } from '#platform/queue/config'
import { StoppableWorker } from '#platform/queue/worker_pool'
import { waitFor } from '#tests/support/wait'

/** Names of the Redis clients blocked in BZPOPMIN right now (a worker waiting for a job). */
async function blockedClientNames() {
  const list = String(await redis.connection().call('client', 'list'))
  return list
    .split('\n')
    .filter((line) => / cmd=bzpopmin/.test(line))
    .map((line) => /(?:^| )name=(\S*)/.exec(line)?.[1] ?? '')
}

/**
 * The stop window of `queue:work`: a worker told to stop while it waits on
 * Redis for a job must not take the job that wakes it (BullMQ alone does).
 */
test.group('operations / a stopping worker', () => {
  test('a paused worker leaves the job that ends its blocking wait in the queue', async ({
    assert,
    cleanup,
  }) => {
    const name = `stop-window-${randomBytes(4).toString('hex')}`
    const ran: string[] = []
    const options = { connection: queueConnection(), prefix: queuePrefix() }
    const queue = new Queue(name, options)
    const worker = new StoppableWorker(name, async (job) => void ran.push(job.id!), {
      ...options,
      concurrency: 1,
    })
    cleanup(async () => {
      await worker.close(true)
      await queue.obliterate({ force: true })
      await queue.close()
    })
    await worker.waitUntilReady()
    // BullMQ names a worker's connections "<prefix>:<base64(queue)>".
    const clientName = `${queuePrefix()}:${Buffer.from(name).toString('base64')}`
    await waitFor(blockedClientNames, {
      until: (names) => names.some((n) => n.startsWith(clientName)),
    })

    await worker.pause(true)
    const job = await queue.add('late', {})
    // The blocking wait returns on the new job's marker; then the worker's loop ends.
    await (worker as unknown as { mainLoopRunning: Promise<void> | null }).mainLoopRunning
    assert.equal(await job.getState(), 'waiting')
    assert.deepEqual(ran, [])
  })
})
