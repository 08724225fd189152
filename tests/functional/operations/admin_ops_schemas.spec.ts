import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import QueueService from '#platform/queue/queue_service'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { FlakyJob, failing } from '#tests/support/jobs'
import { adminTask, taskIn } from '#tests/support/tasks'

const ADMIN = '/api/v1/admin'
/** The operations API of the operator CLI: dashboard, cache, batch runs, seeding, tasks. */
const OPERATIONS = /^\/api\/v1\/admin\/(dashboard|cache|batch|seed|tasks|health)(\/|$)/

const operationsRoutes = () =>
  Object.values(router.toJSON())
    .flat()
    .filter((route) => OPERATIONS.test(route.pattern))
    .flatMap((route) =>
      route.methods
        .filter((m) => m !== 'HEAD')
        .map((method) => `${method} ${route.pattern.replace(/:(\w+)\??/g, '{$1}')}`)
    )

test.group('operations / admin API answers match the OpenAPI schemas', (group) => {
  isolate(group)

  test('every dashboard, cache, batch, seed and task endpoint succeeds with what its documented schema says', async ({
    client,
    assert,
  }) => {
    const { token, user } = await actor('admin')
    const checked = new Set<string>()
    const problems: string[] = []

    const check = async (method: 'GET' | 'POST', path: string, url = path, body?: object) => {
      const request = client.request(`${ADMIN}${url}`, method).bearerToken(token)
      if (body) request.json(body)
      // The shared API client fails the request when its answer is not what the document says.
      const res = await request
      const key = `${method} ${ADMIN}${path}`
      checked.add(key)
      if (res.status() >= 400)
        problems.push(`${key}: answered ${res.status()} ${res.text().slice(0, 200)}`)
      return res
    }
    const taskReached = (taskId: string, state: string) =>
      taskIn(client, token, adminTask(taskId), { state })

    await check('POST', '/cache/clear', '/cache/clear', {})
    await check('GET', '/dashboard/stats')
    for (const chart of [
      'user-growth',
      'campaign-distribution',
      'ad-request-status',
      'campaign-activity',
      'sales',
    ]) {
      await check('GET', `/dashboard/charts/${chart}`, `/dashboard/charts/${chart}?bucket=week`)
    }
    await check('POST', '/cache/warm', '/cache/warm', { only: ['dashboard'] })
    await check('GET', '/cache/stats')
    await check('GET', '/cache/health')
    await check('GET', '/health')
    await check('POST', '/cache/clear', '/cache/clear', { tags: ['users'] })
    await check('POST', '/cache/invalidate-user', '/cache/invalidate-user', { userId: user.id })

    await check('GET', '/batch')
    const run = await check('POST', '/batch/{name}/run', '/batch/cleanup/run')
    await taskReached(run.body().data.taskId, 'completed')
    await check('GET', '/batch/{name}', '/batch/cleanup')
    await check('GET', '/batch/runs', '/batch/runs?task=cleanup')
    await check('POST', '/batch/{name}/pause', '/batch/cache-maintenance/pause')
    await check('POST', '/batch/{name}/resume', '/batch/cache-maintenance/resume')

    const seed = await check('POST', '/seed', '/seed', { profile: 'demo' })
    const seedTask = seed.body().data.taskId
    await taskReached(seedTask, 'completed')
    await check('GET', '/tasks/{id}', `/tasks/${encodeURIComponent(seedTask)}`)
    await check('GET', '/tasks', '/tasks?queue=default')

    const k = `schema-${randomBytes(6).toString('hex')}`
    failing.add(k)
    const flaky = await (
      await app.container.make(QueueService)
    ).dispatch(FlakyJob, { key: k }, { jobId: k })
    await taskReached(flaky, 'failed')
    failing.delete(k)
    await check('POST', '/tasks/{id}/retry', `/tasks/${encodeURIComponent(flaky)}/retry`)
    await taskReached(flaky, 'completed')

    assert.deepEqual(problems, [])
    assert.sameMembers(
      [...checked],
      operationsRoutes(),
      'every operations route is checked against its schema'
    )
  }).timeout(60_000)
})
