import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import QueueService from '#platform/queue/queue_service'
import type { QueueBackend } from '#platform/queue/backend'
import { sqlTime } from '#platform/db/time'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { claim, contentOf, report } from '#tests/support/moderation'

const HEALTH = '/api/v1/admin/health'

/** The app's queues with fixed figures, or refusing everything (Redis down). */
function queuesReporting(backlog: QueueBackend['backlog']) {
  const refuse = async (): Promise<never> => {
    throw new Error('the queue is unreachable')
  }
  const backend: QueueBackend = {
    mode: 'redis',
    add: refuse,
    find: refuse,
    list: refuse,
    retry: refuse,
    backlog,
    close: async () => {},
  }
  app.container.swap(QueueService, () => new QueueService(backend))
}

test.group('operations / admin health view', (group) => {
  isolate(group)
  group.each.teardown(() => app.container.restore(QueueService))

  test('only admins see it', async ({ client }) => {
    ;(await client.get(HEALTH)).assertStatus(401)
    const { token } = await actor('shopper')
    ;(await client.get(HEALTH).bearerToken(token)).assertStatus(403)
    const sponsor = await actor('sponsor')
    ;(await client.get(HEALTH).bearerToken(sponsor.token)).assertStatus(403)
  })

  test('batch: last run per task, overdue tasks and the scheduler heartbeat', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await db.from('scheduler_heartbeats').delete()
    await db.from('batch_runs').where('task', 'cleanup').delete()
    const startedAt = DateTime.utc().minus({ minutes: 1 }).startOf('second')
    await db.table('batch_runs').insert({
      task: 'trending',
      trigger: 'admin',
      status: 'completed',
      started_at: sqlTime(startedAt),
      finished_at: sqlTime(startedAt.plus({ seconds: 2 })),
      duration_ms: 2000,
    })

    const res = await client.get(HEALTH).bearerToken(token)
    res.assertStatus(200)
    const { batch } = res.body().data
    assert.deepEqual(batch.scheduler, { lastSeenAt: null, seenLately: false })
    const trending = batch.tasks.find((t: { name: string }) => t.name === 'trending')
    assert.containsSubset(trending.lastRun, { status: 'completed', durationMs: 2000 })
    assert.equal(Date.parse(trending.lastRun.startedAt), startedAt.toMillis())
    const cleanup = batch.tasks.find((t: { name: string }) => t.name === 'cleanup')
    assert.isNull(cleanup.lastRun)
    // cleanup is due daily at 03:30: unless this runs within two minutes of that, its due time passed unrun.
    assert.equal(cleanup.overdue, Date.now() - Date.parse(cleanup.lastDueAt) > 120_000)
    assert.equal(batch.overdue, batch.tasks.filter((t: { overdue: boolean }) => t.overdue).length)
    assert.equal(res.body().data.checks.scheduler.status, 'missing')
  })

  test('moderation: queue size and the age of the oldest unclaimed report', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const before = (await client.get(HEALTH).bearerToken(admin.token)).body().data.moderation
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const first = await report(client, reporter, 'plan', await contentOf('plan', owner.user))
    const second = await report(client, reporter, 'comment', await contentOf('comment', owner.user))
    ;(await claim(client, admin, second.id)).assertStatus(200)
    const twoHoursAgo = DateTime.utc().minus({ hours: 2 }).startOf('second')
    await db
      .from('reports')
      .where('id', first.id)
      .update({ created_at: sqlTime(twoHoursAgo) })

    const res = await client.get(HEALTH).bearerToken(admin.token)
    res.assertStatus(200)
    const { moderation } = res.body().data
    assert.equal(moderation.open, before.open + 1)
    assert.equal(moderation.claimed, before.claimed + 1)
    assert.equal(moderation.queueSize, moderation.open + moderation.claimed)
    assert.isAtMost(Date.parse(moderation.oldestOpenAt), twoHoursAgo.toMillis())
    assert.isAtLeast(moderation.oldestOpenAgeSeconds, 2 * 3600 - 5)
  })

  test('queues: waiting, active, failed and the oldest waiting job per queue; empty while they do not answer', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const oldest = new Date(Date.now() - 90_000)
    queuesReporting(async (queue) => ({
      queue,
      waiting: queue === 'mail' ? 3 : 0,
      active: 1,
      delayed: 0,
      failed: queue === 'default' ? 2 : 0,
      oldestWaitingAt: queue === 'mail' ? oldest : null,
    }))
    const res = await client.get(HEALTH).bearerToken(token)
    res.assertStatus(200)
    const mail = res.body().data.queues.find((q: { name: string }) => q.name === 'mail')
    assert.containsSubset(mail, {
      waiting: 3,
      active: 1,
      failed: 0,
      oldestWaitingAt: oldest.toISOString(),
    })
    assert.closeTo(mail.oldestWaitingAgeSeconds, 90, 5)
    assert.containsSubset(
      res.body().data.queues.find((q: { name: string }) => q.name === 'default'),
      { waiting: 0, failed: 2, oldestWaitingAt: null, oldestWaitingAgeSeconds: null }
    )

    queuesReporting(async () => {
      throw new Error('the queue is unreachable')
    })
    const down = await client.get(HEALTH).bearerToken(token)
    down.assertStatus(200)
    assert.deepEqual(down.body().data.queues, [])
    assert.equal(down.body().data.checks.queues.status, 'unknown')
  })

  test('feed: the feed cache state and the fan-out', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const member = await actor('shopper')
    ;(await client.get('/api/v1/feed').bearerToken(member.token)).assertStatus(200)
    const res = await client.get(HEALTH).bearerToken(token)
    res.assertStatus(200)
    const { feed, checks } = res.body().data
    assert.containsSubset(feed, {
      cache: { store: 'redis', redis: checks.redis.status, ttl: '5m' },
      fanOut: { mode: 'on-write', backlog: 0 },
    })
    assert.isAtLeast(feed.cache.hits + feed.cache.misses, 1)
  })
})
