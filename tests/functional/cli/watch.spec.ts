import { randomBytes } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#platform/queue/queue_service'
import { HttpClient } from '#cli/api/client'
import { MarqueeApi } from '#cli/api/marquee_api'
import { NetworkError } from '#cli/errors'
import { watchTask } from '#cli/task_watch'
import { Context } from '#cli/context'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { FlakyJob, GatedJob, failing, openGate } from '#tests/support/jobs'
import { as, configHome, SERVER, start } from '#tests/functional/cli/support'
import { waitFor } from '#tests/support/wait'

const key = () => `cli-${randomBytes(6).toString('hex')}`
const queues = () => app.container.make(QueueService)
/** Long enough that a watch which polled would outlast the test: only real-time events can move it. */
const NEVER_POLL = '600000'

test.group('cli / tasks watch', (group) => {
  isolate(group)

  test('follows the task over the real-time stream: progress shows without polling, exit 0 on completion', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const k = key()
    const taskId = `default:${k}`
    await (await queues()).dispatch(GatedJob, { key: k }, { jobId: k })
    const watch = start([
      'tasks',
      'watch',
      taskId,
      '--interval',
      NEVER_POLL,
      '--server',
      SERVER,
      '--token',
      token,
    ])
    await waitFor(() => watch.output().includes(`${taskId} active 50%`), {
      timeoutMs: 5000,
      what: 'progress 50% shown',
    })
    openGate(k)
    const { code, stdout, stderr } = await watch.done
    assert.equal(code, 0, stderr)
    assert.equal(stderr, '')
    assert.equal(stdout.trim().split('\n').at(-1), `${taskId} completed`)
    assert.include(stdout, `${taskId} completed 100%`)
  }).timeout(15_000)

  test('a task that fails exits 1 with its error; tasks retry runs it again and the watch then exits 0', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const k = key()
    const taskId = `default:${k}`
    failing.add(k)
    await (await queues()).dispatch(FlakyJob, { key: k }, { jobId: k })
    const failed = await as(token, ['tasks', 'watch', taskId, '--json'])
    assert.equal(failed.code, 1)
    assert.containsSubset(failed.json(), { id: taskId, state: 'failed', error: 'attempt 3 failed' })
    assert.equal(failed.stderr.trim(), `error: task ${taskId} failed: attempt 3 failed`)

    failing.delete(k)
    const dry = await as(token, ['tasks', 'retry', taskId, '--dry-run', '--json'])
    assert.containsSubset(dry.json(), { dryRun: true, method: 'POST' })
    const retried = await as(token, ['tasks', 'retry', taskId, '--json'])
    assert.equal(retried.code, 0, retried.stderr)
    assert.equal(retried.json().id, taskId)
    const again = await as(token, [
      'tasks',
      'watch',
      taskId,
      '--poll',
      '--interval',
      '50',
      '--json',
    ])
    assert.equal(again.code, 0, again.stderr)
    assert.equal(again.json().state, 'completed')
  }).timeout(15_000)

  test('without real-time events (stream refused or unreachable) the watch says so and polls', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const k = key()
    const taskId = `default:${k}`
    await (await queues()).dispatch(GatedJob, { key: k }, { jobId: k })
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => token }))
    Object.assign(api.tasks, {
      events: async () => Promise.reject(new NetworkError(SERVER, new Error('stream closed'))),
    })
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    const out: string[] = []
    const err: string[] = []
    stdout.on('data', (c) => out.push(String(c)))
    stderr.on('data', (c) => err.push(String(c)))
    const ctx = new Context(
      { stdout, stderr, stdin: new PassThrough(), env: { XDG_CONFIG_HOME: configHome() } },
      () => ({})
    )
    const watching = watchTask(ctx, api, taskId, { intervalMs: 50, text: true, live: true })
    await waitFor(() => out.join('').includes(`${taskId} active 50%`), {
      timeoutMs: 5000,
      what: 'progress 50% polled',
    })
    openGate(k)
    assert.equal((await watching).state, 'completed')
    assert.include(
      err.join(''),
      `no live events (cannot reach the server at ${SERVER} (stream closed)): polling every 50 ms`
    )
  }).timeout(15_000)

  test('the stream needs an admin: a non-admin watch is refused before anything is shown', async ({
    assert,
  }) => {
    const { token } = await actor('sponsor')
    const watched = await as(token, ['tasks', 'watch', 'default:nope', '--json'])
    assert.equal(watched.code, 1)
    assert.match(
      watched.stderr.trim(),
      /^error: E_CHANNEL_FORBIDDEN: You may not subscribe to tasks\/default:nope$/
    )
    assert.equal(watched.stdout, '')
  })
})
