import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import Scheduler from '#platform/scheduler/scheduler'
import { withTaskLock } from '#platform/scheduler/task_lock'
import { sqlTime } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { run, suiteEnv } from '#tests/support/child_app'

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }) as DateTime<true>
const scheduler = () => app.container.make(Scheduler)
/** Scheduled runs for the fixed due times of these tests (November 2026). */
const runsOf = (task: string) =>
  BatchRun.query()
    .where('task', task)
    .where('trigger', 'schedule')
    .where('scheduled_for', '<', sqlTime(at('2026-12-01T00:00:00Z')))
    .orderBy('id')

test.group('operations / scheduler', (group) => {
  isolate(group)

  test('a tick runs a due task once for its due time, recorded as a scheduled run', async ({
    assert,
  }) => {
    const now = at('2026-11-22T10:07:00Z')
    const [outcome] = await (await scheduler()).tick('work', { now, only: ['engagement-metrics'] })
    assert.equal(outcome.outcome, 'completed', JSON.stringify(outcome))
    assert.equal(outcome.dueAt.toISO(), '2026-11-22T10:05:00.000Z')

    const runs = await runsOf('engagement-metrics')
    assert.lengthOf(runs, 1)
    assert.equal(runs[0].status, 'completed')
    assert.equal(runs[0].scheduledFor?.toUTC().toISO(), '2026-11-22T10:05:00.000Z')
    assert.isNumber(runs[0].durationMs)

    // The next tick in the same due period has nothing to do.
    assert.deepEqual(
      await (
        await scheduler()
      ).tick('work', { now: now.plus({ minutes: 1 }), only: ['engagement-metrics'] }),
      []
    )
    assert.lengthOf(await runsOf('engagement-metrics'), 1)
  })

  test('two schedulers ticking at once run a due time once', async ({ assert }) => {
    const now = at('2026-11-22T10:15:30Z')
    const [first, second] = await Promise.all([scheduler(), scheduler()])
    const outcomes = (
      await Promise.all([
        first.tick('cron', { now, only: ['trending'] }),
        second.tick('cron', { now, only: ['trending'] }),
      ])
    ).flat()
    assert.sameMembers(
      outcomes.map((o) => o.outcome === 'completed'),
      [true, false]
    )
    assert.lengthOf(await runsOf('trending'), 1)
  })

  test('a run still going on holds the lock: the tick skips the task, the next one makes the due time up', async ({
    assert,
  }) => {
    const now = at('2026-11-22T10:31:00Z')
    let release!: () => void
    let held!: () => void
    const holding = new Promise<void>((resolve) => (held = resolve))
    const other = withTaskLock('analytics-aggregation', () => {
      held()
      return new Promise<void>((resolve) => (release = resolve))
    })
    await holding
    const [locked] = await (
      await scheduler()
    ).tick('work', { now, only: ['analytics-aggregation'] })
    assert.equal(locked.outcome, 'locked')
    assert.lengthOf(await runsOf('analytics-aggregation'), 0)

    release()
    await other
    const [made] = await (
      await scheduler()
    ).tick('work', { now: now.plus({ minutes: 1 }), only: ['analytics-aggregation'] })
    assert.equal(made.outcome, 'completed')
    assert.equal(made.dueAt.toISO(), '2026-11-22T10:30:00.000Z')
  })

  test('missed due times are coalesced into one run; those over 24 hours old are dropped', async ({
    assert,
  }) => {
    // Last scheduled run at 08:00; no scheduler until 10:27: one run, for 10:25.
    await db.table('batch_runs').insert({
      task: 'engagement-metrics',
      trigger: 'schedule',
      status: 'completed',
      started_at: sqlTime(at('2026-11-22T08:00:00Z')),
      scheduled_for: sqlTime(at('2026-11-22T08:00:00Z')),
    })
    const outcomes = await (
      await scheduler()
    ).tick('work', {
      now: at('2026-11-22T10:27:00Z'),
      only: ['engagement-metrics', 'monthly-sponsor-reports'],
    })
    assert.deepEqual(
      outcomes.map((o) => [o.task, o.dueAt.toISO(), o.outcome]),
      [['engagement-metrics', '2026-11-22T10:25:00.000Z', 'completed']]
    )
    assert.lengthOf(await runsOf('monthly-sponsor-reports'), 0)
  })

  test('a paused task records its due time as skipped', async ({ client, assert }) => {
    const { token } = await actor('admin')
    ;(
      await client.post('/api/v1/admin/batch/cache-maintenance/pause').bearerToken(token)
    ).assertStatus(200)
    const [outcome] = await (
      await scheduler()
    ).tick('work', { now: at('2026-11-22T10:30:10Z'), only: ['cache-maintenance'] })
    assert.equal(outcome.outcome, 'skipped')
    const [row] = await runsOf('cache-maintenance')
    assert.equal(row.status, 'skipped')
  })

  test('the batch API flags overdue tasks and says whether a scheduler ticks', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await db.from('scheduler_heartbeats').delete()
    const before = await client.get('/api/v1/admin/batch').bearerToken(token)
    before.assertStatus(200)
    assert.deepEqual(before.body().meta.scheduler, { lastSeenAt: null, seenLately: false })
    const engagementBefore = before
      .body()
      .data.find((t: { name: string }) => t.name === 'engagement-metrics')
    const dueAgo = Date.now() - Date.parse(engagementBefore.lastDueAt)
    assert.equal(
      engagementBefore.overdue,
      dueAgo > 120_000 &&
        !(
          engagementBefore.lastRun &&
          Date.parse(engagementBefore.lastRun.startedAt) >= Date.parse(engagementBefore.lastDueAt)
        )
    )

    await (await scheduler()).tick('work', { only: ['engagement-metrics'] })
    const after = await client.get('/api/v1/admin/batch').bearerToken(token)
    assert.isTrue(after.body().meta.scheduler.seenLately)
    const engagement = after
      .body()
      .data.find((t: { name: string }) => t.name === 'engagement-metrics')
    assert.isFalse(engagement.overdue)
    const runs = await client
      .get('/api/v1/admin/batch/runs?task=engagement-metrics')
      .bearerToken(token)
    assert.isTrue(
      runs
        .body()
        .data.some(
          (r: { trigger: string; scheduledFor: string }) =>
            r.trigger === 'schedule' &&
            Date.parse(r.scheduledFor) === Date.parse(engagement.lastDueAt)
        )
    )
  })

  test('a task whose due time passed long ago without a run is overdue', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await db.from('batch_runs').where('task', 'cleanup').delete()
    // No scheduler ever seen: every due time passed unrun counts.
    await db.from('scheduler_heartbeats').delete()
    const res = await client.get('/api/v1/admin/batch/cleanup').bearerToken(token)
    // cleanup is due daily at 03:30: unless this runs within two minutes of that, its due time passed unrun.
    const dueAgo = Date.now() - Date.parse(res.body().data.lastDueAt)
    assert.equal(res.body().data.overdue, dueAgo > 120_000)
  })
  test('a due time before the first scheduler tick ever seen (a fresh deployment) is not overdue', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await db.from('batch_runs').where('task', 'cleanup').delete()
    await db.from('scheduler_heartbeats').delete()
    const now = DateTime.utc()
    await db.table('scheduler_heartbeats').insert({
      scheduler: 'work@fresh-deployment:1',
      mode: 'work',
      started_at: sqlTime(now.minus({ seconds: 30 })),
      seen_at: sqlTime(now),
    })
    const res = await client.get('/api/v1/admin/batch/cleanup').bearerToken(token)
    res.assertStatus(200)
    // cleanup was last due at 03:30, before this deployment's first tick: nothing existed to run it.
    assert.isFalse(res.body().data.overdue)
  })
})

test.group('operations / scheduler commands', () => {
  test('schedule:run ticks once, printing one timestamped line per run; schedule:list shows the scheduler was seen', async ({
    assert,
    cleanup,
  }) => {
    const env = suiteEnv()
    const started = DateTime.utc()
    // The child commits its runs: remove them so they do not stand for other tests' due times.
    cleanup(async () => {
      await db
        .from('batch_runs')
        .where('trigger', 'schedule')
        .where('started_at', '>=', sqlTime(started.startOf('second')))
        .delete()
    })
    const ticked = await run(['ace.js', 'schedule:run'], env, 120_000)
    assert.equal(ticked.code, 0, ticked.output)
    for (const line of ticked.output
      .trim()
      .split('\n')
      .filter((l) => l.includes('(due '))) {
      assert.match(
        line,
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \S+ \(due \S+\) (completed|skipped|locked|taken)/
      )
    }
    const listed = await run(['ace.js', 'schedule:list', '--json'], env)
    assert.equal(listed.code, 0, listed.output)
    const status = JSON.parse(listed.output.slice(listed.output.indexOf('{')))
    assert.isTrue(status.scheduler.seenLately)
    const engagement = status.tasks.find((t: { name: string }) => t.name === 'engagement-metrics')
    assert.isFalse(engagement.overdue)
    assert.exists(
      await BatchRun.query()
        .where('task', 'engagement-metrics')
        .where('scheduled_for', sqlTime(DateTime.fromISO(engagement.lastDueAt)))
        .first()
    )
  }).timeout(180_000)
})
