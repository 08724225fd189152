import type { Command } from 'commander'
import type { AdminHealth } from '../api/types.js'
import type { Context } from '../context.js'
import { read, show, verb, type ReadOptions } from './shared.js'

/** "1h 5m", "42s": an age for a person. */
export function age(seconds: number | null) {
  if (seconds === null) return '-'
  if (seconds < 60) return `${seconds}s`
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`
  const hours = Math.floor(seconds / 3600)
  return hours < 48
    ? `${hours}h ${Math.floor((seconds % 3600) / 60)}m`
    : `${Math.floor(hours / 24)}d`
}

function print(ctx: Context, health: AdminHealth) {
  const { checks, batch, feed, moderation } = health
  const flag = (ok: boolean, text: string) => ctx.out.paint(ok ? 'green' : 'red', text)
  ctx.out.fields([
    ['ready', flag(health.ready, health.ready ? 'yes' : 'no')],
    ['database', flag(checks.database.status === 'up', checks.database.status)],
    [
      'redis',
      flag(
        checks.redis.status === 'up',
        checks.redis.status === 'memory' ? 'memory (in-memory fallback)' : checks.redis.status
      ),
    ],
    [
      'scheduler',
      batch.scheduler.seenLately
        ? `seen lately (last tick ${batch.scheduler.lastSeenAt})`
        : flag(false, `not seen lately (last tick ${batch.scheduler.lastSeenAt ?? 'never'})`),
    ],
    ['overdue tasks', batch.overdue ? flag(false, String(batch.overdue)) : '0'],
    [
      'feed cache',
      `${feed.cache.store}, ${feed.cache.keys ?? '-'} pages, hit ratio ${
        feed.cache.hitRatio === null ? '-' : `${Math.round(feed.cache.hitRatio * 100)}%`
      }, fan-out ${feed.fanOut.mode} (backlog ${feed.fanOut.backlog})`,
    ],
    [
      'moderation',
      `${moderation.queueSize} to handle (${moderation.open} open, ${moderation.claimed} claimed), oldest open ${age(moderation.oldestOpenAgeSeconds)}`,
    ],
    ['outbox', `${checks.queues.outboxPending} waiting for the queue`],
  ])
  ctx.out.line()
  ctx.out.table(
    health.queues,
    [
      { label: 'queue', value: (q) => q.name },
      { label: 'waiting', value: (q) => q.waiting },
      { label: 'active', value: (q) => q.active },
      { label: 'failed', value: (q) => q.failed },
      { label: 'oldest waiting', value: (q) => age(q.oldestWaitingAgeSeconds) },
    ],
    'queues: not answering (Redis down?)'
  )
  ctx.out.line()
  ctx.out.table(
    batch.tasks,
    [
      { label: 'task', value: (t) => t.name },
      { label: 'overdue', value: (t) => (t.overdue ? flag(false, 'yes') : 'no') },
      { label: 'paused', value: (t) => t.paused },
      {
        label: 'last run',
        value: (t) => (t.lastRun ? `${t.lastRun.status} ${t.lastRun.startedAt}` : null),
      },
      { label: 'ms', value: (t) => t.lastRun?.durationMs ?? null },
    ],
    'no scheduled tasks'
  )
}

export function registerHealth(program: Command, ctx: Context) {
  read(
    verb(
      program,
      'health',
      'Health for operators: readiness, scheduler and overdue tasks, feed cache, moderation queue, job queues',
      ['marquee health', 'marquee health --jq .queues', 'marquee health --json moderation']
    )
  ).action(async (opts: ReadOptions) => {
    const api = await ctx.api()
    const health = await ctx.out.spin('checking', api.health().data())
    await show(ctx, opts, health, () => print(ctx, health))
  })
}
