import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import QueueService from '#platform/queue/queue_service'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { FlakyJob, GatedJob, failing, openGate } from '#tests/support/jobs'
import { streamsOf, type Stream, type TransmitMessage } from '#tests/support/sse'
import type { ErrorBody } from '#tests/support/json'
import { waitFor } from '#tests/support/wait'

const BASE = `http://${env.get('HOST', '127.0.0.1')}:${env.get('PORT')}`
const key = () => `sse-${randomBytes(6).toString('hex')}`
const queues = () => app.container.make(QueueService)

/** The `{ taskId, state, progress }` events received on `tasks/<taskId>`, in order. */
const taskEvents = (stream: Stream, taskId: string) =>
  stream.received
    .filter((m) => m.channel === `tasks/${taskId}` && m.payload.event === 'progress')
    .map((m) => m.payload.data)

const isTaskEvent = (taskId: string, state: string, progress?: number) => (m: TransmitMessage) =>
  m.channel === `tasks/${taskId}` &&
  m.payload.data?.state === state &&
  (progress === undefined || m.payload.data.progress === progress)

test.group('operations / task progress over SSE', (group) => {
  isolate(group)
  const stream = streamsOf(group, BASE)

  test('an admin watching a task hears it start, report progress and complete', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const watcher = await stream(token)
    assert.equal(watcher.response.status, 200)
    const k = key()
    const taskId = `default:${k}`
    assert.equal((await watcher.subscribe(`tasks/${taskId}`)).status, 204)

    assert.equal(await (await queues()).dispatch(GatedJob, { key: k }, { jobId: k }), taskId)
    const progress = await watcher.next(isTaskEvent(taskId, 'active', 50))
    assert.deepEqual(progress.payload.data, { taskId, state: 'active', progress: 50 })
    assert.isString(progress.payload.sentAt)

    openGate(k)
    await watcher.next(isTaskEvent(taskId, 'completed'))
    assert.deepEqual(taskEvents(watcher, taskId), [
      { taskId, state: 'active', progress: 0 },
      { taskId, state: 'active', progress: 50 },
      { taskId, state: 'completed', progress: 100 },
    ])
  })

  test('a failing task is announced waiting for its next attempt, then failed', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const watcher = await stream(token)
    const k = key()
    failing.add(k)
    const taskId = `default:${k}`
    assert.equal((await watcher.subscribe(`tasks/${taskId}`)).status, 204)

    await (await queues()).dispatch(FlakyJob, { key: k }, { jobId: k })
    await watcher.next(isTaskEvent(taskId, 'failed'))
    assert.deepEqual(
      taskEvents(watcher, taskId).map((e: { state: string }) => e.state),
      ['active', 'delayed', 'active', 'delayed', 'active', 'failed']
    )
    failing.delete(k)
  })

  test('events go to the watchers of that task only', async ({ assert }) => {
    const { token } = await actor('admin')
    const watcher = await stream(token)
    const [watched, other] = [key(), key()]
    assert.equal((await watcher.subscribe(`tasks/default:${watched}`)).status, 204)

    const service = await queues()
    await service.dispatch(FlakyJob, { key: other }, { jobId: other })
    await service.dispatch(FlakyJob, { key: watched }, { jobId: watched })
    await watcher.next(isTaskEvent(`default:${watched}`, 'completed'))
    await waitFor(() => service.get(`default:${other}`), {
      until: (task) => task?.state === 'completed',
    })
    assert.deepEqual(
      watcher.received.filter((m) => m.channel !== '$$transmit/ping').map((m) => m.channel),
      [`tasks/default:${watched}`, `tasks/default:${watched}`]
    )
  })

  test('only admins may watch tasks', async ({ assert }) => {
    for (const persona of ['influencer', 'sponsor', 'shopper'] as const) {
      const { token } = await actor(persona)
      const watcher = await stream(token)
      const refused = await watcher.subscribe(`tasks/default:${key()}`)
      assert.equal(refused.status, 403, persona)
      assert.equal(((await refused.json()) as ErrorBody).errors[0].code, 'E_CHANNEL_FORBIDDEN')
    }
    const { token } = await actor('admin')
    const watcher = await stream(token)
    assert.equal((await watcher.subscribe('tasks/mail:report-1-2031.03')).status, 204)
    assert.equal((await watcher.subscribe('tasks/default:a b')).status, 422)
  })
})
