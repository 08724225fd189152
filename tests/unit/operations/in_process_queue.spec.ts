import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import QueueService from '#platform/queue/queue_service'
import { MemoryBackend } from '#platform/queue/memory_backend'
import { failing, FlakyJob, GatedJob, openGate, runs } from '#tests/support/jobs'
import { waitFor } from '#tests/support/wait'

/** The fallback when Redis is absent in development: same job classes, run in this process. */
test.group('operations / in-process queue', (group) => {
  let queues: QueueService
  group.each.setup(() => {
    queues = new QueueService(new MemoryBackend())
    return () => queues.close()
  })

  test('a job moves waiting → active → completed with progress and result', async ({ assert }) => {
    const key = randomUUID()
    const id = await queues.dispatch(GatedJob, { key })
    assert.match(id, /^default:[\w-]+$/)
    assert.containsSubset(await queues.get(id), {
      state: 'waiting',
      attempts: 0,
      progress: 0,
      startedAt: null,
    })

    const active = await waitFor(() => queues.get(id), {
      until: (t) => t?.state === 'active' && t.progress === 50,
    })
    assert.equal(active!.attempts, 1)
    assert.instanceOf(active!.startedAt, Date)

    openGate(key)
    const done = await waitFor(() => queues.get(id), { until: (t) => t?.state === 'completed' })
    assert.containsSubset(done, { progress: 100, result: { key, attempt: 1 }, error: null })
    assert.instanceOf(done!.finishedAt, Date)
  })

  test('a failing job is retried with exponential backoff, ends failed and can be retried', async ({
    assert,
  }) => {
    const key = randomUUID()
    failing.add(key)
    const id = await queues.dispatch(FlakyJob, { key })

    const failed = await waitFor(() => queues.get(id), { until: (t) => t?.state === 'failed' })
    assert.containsSubset(failed, { attempts: 3, maxAttempts: 3, error: 'attempt 3 failed' })
    const [first, second, third] = runs.get(key)!
    assert.isAtLeast(second - first, 100)
    assert.isAtLeast(third - second, 200)
    assert.include(
      (await queues.list({ state: 'failed' })).tasks.map((t) => t.id),
      id
    )

    failing.delete(key)
    assert.equal(await queues.retry(id), 'retried')
    const done = await waitFor(() => queues.get(id), { until: (t) => t?.state === 'completed' })
    assert.containsSubset(done, { attempts: 1, result: { runs: 4 } })
    assert.equal(await queues.retry(id), 'not_failed')
    assert.equal(await queues.retry('default:unknown'), 'missing')
  })

  test('a jobId de-duplicates and lists are paginated', async ({ assert }) => {
    const keys = [randomUUID(), randomUUID(), randomUUID()]
    const once = await queues.dispatch(GatedJob, { key: keys[0] }, { jobId: `once-${keys[0]}` })
    assert.equal(
      await queues.dispatch(GatedJob, { key: keys[0] }, { jobId: `once-${keys[0]}` }),
      once
    )
    for (const key of keys.slice(1)) await queues.dispatch(GatedJob, { key })

    await waitFor(() => queues.list({ state: 'active' }), {
      until: (page) => page.meta.total === 3,
    })
    const page = await queues.list({ state: 'active', queue: 'default', perPage: 2, page: 2 })
    assert.deepEqual(page.meta, { page: 2, perPage: 2, total: 3, lastPage: 2 })
    assert.lengthOf(page.tasks, 1)
    assert.deepEqual((await queues.list({ queue: 'mail' })).meta, {
      page: 1,
      perPage: 20,
      total: 0,
      lastPage: 1,
    })

    keys.forEach(openGate)
    await waitFor(() => queues.list({ state: 'completed' }), { until: (p) => p.meta.total === 3 })
    assert.lengthOf(runs.get(keys[0])!, 1)
    await assert.rejects(
      () => queues.dispatch(GatedJob, { key: 'x' }, { jobId: 'a:b' }),
      /Invalid jobId/
    )
    await assert.rejects(
      () => queues.dispatch(GatedJob, { key: 'x' }, { jobId: '42' }),
      /Invalid jobId/
    )
  })

  test('after a switch to another backend, a job held in process still runs there once, new ones go to the new backend', async ({
    assert,
    cleanup,
  }) => {
    const [held, fresh] = [randomUUID(), randomUUID()]
    // Never leave a gated job running: closing the queues waits for it.
    cleanup(() => [held, fresh].forEach(openGate))
    const heldId = await queues.dispatch(GatedJob, { key: held }, { jobId: `held-${held}` })
    await waitFor(() => queues.get(heldId), { until: (t) => t?.state === 'active' })

    const next = new MemoryBackend()
    queues.switchTo(next)
    // A job id held in process is not added to the new backend.
    assert.equal(await queues.dispatch(GatedJob, { key: held }, { jobId: `held-${held}` }), heldId)
    assert.isNull(await next.find('default', `held-${held}`))
    const freshId = await queues.dispatch(GatedJob, { key: fresh })
    assert.isNotNull(await next.find('default', freshId.slice('default:'.length)))
    await waitFor(() => queues.list({ state: 'active' }), {
      until: (page) => page.meta.total === 2,
    })

    openGate(held)
    openGate(fresh)
    for (const id of [heldId, freshId])
      await waitFor(() => queues.get(id), { until: (t) => t?.state === 'completed' })
    assert.lengthOf(runs.get(held)!, 1)
    assert.lengthOf(runs.get(fresh)!, 1)
    assert.equal((await queues.backlog()).find((b) => b.queue === 'default')!.active, 0)
    assert.equal((await queues.list({ state: 'completed' })).meta.total, 2)
  })
})
