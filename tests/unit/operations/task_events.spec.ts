import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import transmit from '@adonisjs/transmit/services/main'
import QueueService from '#platform/queue/queue_service'
import { MemoryBackend } from '#platform/queue/memory_backend'
import { failing, FlakyJob, GatedJob, openGate } from '#tests/support/jobs'
import type { Json } from '#tests/support/json'
import { waitFor } from '#tests/support/wait'

/** Without Redis the web process runs jobs itself, and announces them on `tasks/<taskId>` the same way workers do. */
test.group('operations / task events of the in-process queue', (group) => {
  let queues: QueueService
  const broadcasts: { channel: string; payload: Json }[] = []
  group.setup(() => transmit.on('broadcast', (message) => void broadcasts.push(message)))
  group.each.setup(() => {
    queues = new QueueService(new MemoryBackend())
    return () => queues.close()
  })

  const eventsOf = (id: string) =>
    broadcasts.filter((b) => b.channel === `tasks/${id}`).map((b) => b.payload.data)

  test('start, progress and completion are announced', async ({ assert }) => {
    const key = randomUUID()
    const id = await queues.dispatch(GatedJob, { key })
    await waitFor(async () => eventsOf(id), { until: (events) => events.length === 2 })
    openGate(key)
    await waitFor(async () => eventsOf(id), { until: (events) => events.length === 3 })
    assert.deepEqual(eventsOf(id), [
      { taskId: id, state: 'active', progress: 0 },
      { taskId: id, state: 'active', progress: 50 },
      { taskId: id, state: 'completed', progress: 100 },
    ])
    assert.equal(broadcasts.find((b) => b.channel === `tasks/${id}`)!.payload.event, 'progress')
  })

  test('a failed attempt is announced delayed, the last one failed', async ({ assert }) => {
    const key = randomUUID()
    failing.add(key)
    const id = await queues.dispatch(FlakyJob, { key })
    await waitFor(() => queues.get(id), { until: (task) => task?.state === 'failed' })
    failing.delete(key)
    assert.deepEqual(
      eventsOf(id).map((event) => event.state),
      ['active', 'delayed', 'active', 'delayed', 'active', 'failed']
    )
  })
})
