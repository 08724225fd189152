import { test } from '@japa/runner'
import { isolate } from '#tests/support/hooks'
import { adminTask, taskIn } from '#tests/support/tasks'
import { actor } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'

const ADMIN = '/api/v1/admin'

test.group('operations / batch runs API', (group) => {
  isolate(group)

  test('lists every scheduled task with its cron and next run', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const res = await client.get(`${ADMIN}/batch`).bearerToken(token)
    res.assertStatus(200)
    const names = res.body().data.map((t: { name: string }) => t.name)
    assert.includeMembers(names, [
      'trending',
      'cleanup',
      'cache-maintenance',
      'notification-digests',
      'ad-request-reminders',
      'monthly-sponsor-reports',
    ])
    const cleanup = res.body().data.find((t: { name: string }) => t.name === 'cleanup')
    assert.equal(cleanup.command, 'cleanup:run')
    assert.isAbove(Date.parse(cleanup.nextRunAt), Date.now())
  })

  test('run now returns a task id; the run lands in the history with its duration', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const started = await client.post(`${ADMIN}/batch/cleanup/run`).bearerToken(token)
    started.assertStatus(202)
    const task = await taskIn(client, token, adminTask(started.body().data.taskId))
    assert.equal(task.state, 'completed', JSON.stringify(task))
    assert.equal(task.result.status, 'completed', JSON.stringify(task))

    const history = await client.get(`${ADMIN}/batch/runs?task=cleanup`).bearerToken(token)
    history.assertStatus(200)
    const run = history
      .body()
      .data.find((r: { taskId: string }) => r.taskId === started.body().data.taskId)
    assert.equal(run.trigger, 'admin')
    assert.equal(run.status, 'completed')
    assert.isNumber(run.durationMs)
    assert.properties(run.result, ['accessTokens', 'refreshTokens', 'userTokens'])

    const status = await client.get(`${ADMIN}/batch/cleanup`).bearerToken(token)
    assert.equal(status.body().data.lastRun.status, 'completed')
  })

  test('pause and resume a recurring task; pausing twice is a 409', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const paused = await client.post(`${ADMIN}/batch/cache-maintenance/pause`).bearerToken(token)
    paused.assertStatus(200)
    assert.isTrue(paused.body().data.paused)
    assert.isNull(paused.body().data.nextRunAt)
    ;(await client.post(`${ADMIN}/batch/cache-maintenance/pause`).bearerToken(token)).assertStatus(
      409
    )
    const resumed = await client.post(`${ADMIN}/batch/cache-maintenance/resume`).bearerToken(token)
    assert.isFalse(resumed.body().data.paused)
    assert.isString(resumed.body().data.nextRunAt)
    const audit = await client.get(`${ADMIN}/audit-logs?action=batch.pause`).bearerToken(token)
    assert.isAtLeast(audit.body().data.length, 1)
  })

  test('unknown tasks are 404 and bad history filters 422', async ({ client }) => {
    const { token } = await actor('admin')
    ;(await client.get(`${ADMIN}/batch/nope`).bearerToken(token)).assertStatus(404)
    ;(await client.post(`${ADMIN}/batch/nope/run`).bearerToken(token)).assertStatus(404)
    ;(await client.get(`${ADMIN}/batch/runs?status=weird`).bearerToken(token)).assertStatus(422)
  })
})

test.group('operations / cache API', (group) => {
  isolate(group)

  test('warm precomputes the directory: the next read is a hit visible in the stats', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const sponsor = await actor('sponsor')
    await client.post(`${ADMIN}/cache/clear`).bearerToken(token).json({})
    const before = (await client.get(`${ADMIN}/cache/stats`).bearerToken(token)).body().data
      .families.search
    const warmed = await client
      .post(`${ADMIN}/cache/warm`)
      .bearerToken(token)
      .json({ only: ['influencerDirectory'] })
    warmed.assertStatus(200)
    assert.deepEqual(warmed.body().data.warmed, ['influencerDirectory'])
    ;(await client.get('/api/v1/influencers').bearerToken(sponsor.token)).assertStatus(200)
    const after = (await client.get(`${ADMIN}/cache/stats`).bearerToken(token)).body().data.families
      .search
    assert.equal(after.hits, before.hits + 1)
    assert.equal(after.misses, before.misses + 1)
  })

  test('warming trending and popular profiles makes the next trending, leaderboard and profile reads hits', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const viewer = await actor('shopper')
    const creator = await actor('influencer')
    await planFor(creator.user)
    await client.post(`${ADMIN}/cache/clear`).bearerToken(token).json({})
    const warmed = await client
      .post(`${ADMIN}/cache/warm`)
      .bearerToken(token)
      .json({ only: ['trending', 'popularProfiles'] })
    warmed.assertStatus(200)
    assert.sameMembers(warmed.body().data.warmed, ['trending', 'popularProfiles'])
    const families = async () =>
      (await client.get(`${ADMIN}/cache/stats`).bearerToken(token)).body().data.families
    const before = await families()

    ;(await client.get('/api/v1/plans/trending').bearerToken(viewer.token)).assertStatus(200)
    const leaderboard = await client.get('/api/v1/leaderboard').bearerToken(viewer.token)
    leaderboard.assertStatus(200)
    const top = leaderboard.body().data[0].user.id
    ;(await client.get(`/api/v1/users/${top}/profile`).bearerToken(viewer.token)).assertStatus(200)

    const after = await families()
    assert.deepEqual(
      {
        trending: after.trending.hits - before.trending.hits,
        profiles: after.profiles.hits - before.profiles.hits,
      },
      { trending: 2, profiles: 1 }
    )
    assert.equal(after.trending.misses, before.trending.misses)
    assert.equal(after.profiles.misses, before.profiles.misses)
  })

  test('unknown warmers are refused; clear by tag and for one user answer what they dropped', async ({
    client,
    assert,
  }) => {
    const { token, user } = await actor('admin')
    ;(
      await client
        .post(`${ADMIN}/cache/warm`)
        .bearerToken(token)
        .json({ only: ['nope'] })
    ).assertStatus(422)
    const byTag = await client
      .post(`${ADMIN}/cache/clear`)
      .bearerToken(token)
      .json({ tags: ['influencers'] })
    assert.deepEqual(byTag.body().data.cleared, ['influencers'])
    const forUser = await client
      .post(`${ADMIN}/cache/invalidate-user`)
      .bearerToken(token)
      .json({ userId: user.id })
    assert.include(forUser.body().data.tags, `profile:${user.id}`)
    const health = await client.get(`${ADMIN}/cache/health`).bearerToken(token)
    assert.equal(health.body().data.l2.status, 'up')
  })
})
