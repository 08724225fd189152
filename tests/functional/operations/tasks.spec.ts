import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import AuditLog from '#models/audit_log'
import QueueService from '#platform/queue/queue_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { testWorkers } from '#tests/support/queue'
import { failing, FlakyJob, GatedJob, openGate, runs } from '#tests/support/jobs'
import { waitFor } from '#tests/support/wait'

const TASKS = '/api/v1/admin/tasks'
const key = () => randomUUID()
const queues = () => app.container.make(QueueService)

test.group('operations / tasks API', (group) => {
  isolate(group)
  group.each.teardown(() => testWorkers.start())

  test('a task moves waiting → active → completed with progress and result', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const status = async (id: string) =>
      (await client.get(`${TASKS}/${id}`).bearerToken(token)).body().data

    await testWorkers.stop(['default'])
    const k = key()
    const id = await (await queues()).dispatch(GatedJob, { key: k })
    assert.match(id, /^default:[\w-]+$/)

    const waiting = await client.get(`${TASKS}/${id}`).bearerToken(token)
    waiting.assertStatus(200)
    assert.containsSubset(waiting.body().data, {
      id,
      queue: 'default',
      name: 'test_gated',
      state: 'waiting',
      progress: 0,
      result: null,
      error: null,
      attempts: 0,
      startedAt: null,
      finishedAt: null,
    })
    assert.isString(waiting.body().data.createdAt)

    await testWorkers.start(['default'])
    const active = await waitFor(() => status(id), {
      until: (t) => t.state === 'active' && t.progress === 50,
    })
    assert.equal(active.attempts, 1)
    assert.isString(active.startedAt)
    assert.isNull(active.finishedAt)

    openGate(k)
    const done = await waitFor(() => status(id), { until: (t) => t.state === 'completed' })
    assert.containsSubset(done, {
      progress: 100,
      result: { key: k, attempt: 1 },
      error: null,
      attempts: 1,
    })
    assert.isString(done.finishedAt)
  })

  test('a failing job is retried with exponential backoff, ends failed and can be retried', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('admin')
    const status = async (id: string) =>
      (await client.get(`${TASKS}/${id}`).bearerToken(token)).body().data
    const k = key()
    failing.add(k)
    const id = await (await queues()).dispatch(FlakyJob, { key: k })

    const failed = await waitFor(() => status(id), { until: (t) => t.state === 'failed' })
    assert.containsSubset(failed, { attempts: 3, maxAttempts: 3, error: 'attempt 3 failed' })
    const [first, second, third] = runs.get(k)!
    // BullMQ's exponential backoff: 100 ms, then 200 ms.
    assert.isAtLeast(second - first, 100)
    assert.isAtLeast(third - second, 200)

    const list = await client.get(TASKS).qs({ state: 'failed', perPage: 100 }).bearerToken(token)
    list.assertStatus(200)
    assert.include(
      list.body().data.map((t: { id: string }) => t.id),
      id
    )
    assert.isTrue(list.body().data.every((t: { state: string }) => t.state === 'failed'))

    failing.delete(k)
    const retried = await client.post(`${TASKS}/${id}/retry`).bearerToken(token)
    retried.assertStatus(202)
    assert.equal(retried.body().data.id, id)
    const done = await waitFor(() => status(id), { until: (t) => t.state === 'completed' })
    assert.containsSubset(done, { attempts: 1, result: { runs: 4 }, error: null })
    assert.lengthOf(
      await AuditLog.query().where({ action: 'task.retry', actor_id: user.id, target_id: id }),
      1
    )

    const again = await client.post(`${TASKS}/${id}/retry`).bearerToken(token)
    again.assertStatus(409)
    again.assertBodyContains({ errors: [{ code: 'E_TASK_NOT_FAILED' }] })
  })

  test('dispatching twice with the same jobId queues one job', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const k = key()
    const service = await queues()
    const first = await service.dispatch(GatedJob, { key: k }, { jobId: `once-${k}` })
    const second = await service.dispatch(GatedJob, { key: k }, { jobId: `once-${k}` })
    assert.equal(first, `default:once-${k}`)
    assert.equal(second, first)

    openGate(k)
    await waitFor(
      async () => (await client.get(`${TASKS}/${first}`).bearerToken(token)).body().data.state,
      { until: (s) => s === 'completed' }
    )
    assert.lengthOf(runs.get(k)!, 1)
  })

  test('lists tasks by state and queue, paginated with page meta', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const keys = [key(), key(), key()]
    const service = await queues()
    const ids = []
    for (const k of keys) ids.push(await service.dispatch(GatedJob, { key: k }))
    const list = (qs: Record<string, unknown>) =>
      client
        .get(TASKS)
        .qs({ state: 'active', queue: 'default', ...qs })
        .bearerToken(token)

    try {
      await waitFor(async () => (await list({})).body().meta.total, {
        until: (total) => total === 3,
      })
      const first = await list({ perPage: 2 })
      first.assertStatus(200)
      assert.deepEqual(first.body().meta, { page: 1, perPage: 2, total: 3, lastPage: 2 })
      const second = await list({ perPage: 2, page: 2 })
      assert.deepEqual(second.body().meta, { page: 2, perPage: 2, total: 3, lastPage: 2 })
      const seen = [...first.body().data, ...second.body().data].map((t: { id: string }) => t.id)
      assert.sameMembers(seen, ids)

      const mail = await list({ queue: 'mail' })
      assert.deepEqual(mail.body().meta, { page: 1, perPage: 20, total: 0, lastPage: 1 })
    } finally {
      keys.forEach(openGate)
    }

    const invalid = await client
      .get(TASKS)
      .qs({ state: 'sleeping', queue: 'fast', perPage: 500 })
      .bearerToken(token)
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['state', 'queue', 'perPage']
    )
  })

  test('unknown task ids get 404', async ({ client }) => {
    const { token } = await actor('admin')
    for (const id of [
      'default:nope',
      'mail:nope',
      'nope',
      'other:1',
      encodeURIComponent('mail:nope'),
    ]) {
      const show = await client.get(`${TASKS}/${id}`).bearerToken(token)
      show.assertStatus(404)
      show.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
      ;(await client.post(`${TASKS}/${id}/retry`).bearerToken(token)).assertStatus(404)
    }
  })

  test('task ids work URL-encoded too', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const k = key()
    const id = await (await queues()).dispatch(FlakyJob, { key: k })
    const res = await waitFor(
      () => client.get(`${TASKS}/${encodeURIComponent(id)}`).bearerToken(token),
      { until: (r) => r.status() === 200 && r.body().data.state === 'completed' }
    )
    assert.equal(res.body().data.id, id)
  })
})

test.group('operations / tasks and test tools access', (group) => {
  isolate(group)

  const routes = [
    ['GET', TASKS],
    ['GET', `${TASKS}/default:x`],
    ['POST', `${TASKS}/default:x/retry`],
    ['POST', '/api/v1/admin/test/mail'],
  ] as const

  test('a non-admin gets 403 and an anonymous request 401 on every route', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('influencer')
    for (const [method, url] of routes) {
      const body = url.endsWith('/test/mail') ? { email: 'someone@example.com' } : {}
      const forbidden = await client.request(url, method).json(body).bearerToken(token)
      assert.equal(forbidden.status(), 403, `${method} ${url}`)
      assert.equal(forbidden.body().errors[0].code, 'E_FORBIDDEN')
      const anonymous = await client.request(url, method).json(body)
      assert.equal(anonymous.status(), 401, `${method} ${url}`)
      assert.equal(anonymous.body().errors[0].code, 'E_UNAUTHORIZED')
    }
  })
})
