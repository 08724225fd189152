import type { Command } from 'commander'
import type { BatchRun, BatchTask, SchedulerSighting } from '../api/types.js'
import type { Context } from '../context.js'
import {
  change,
  fetchList,
  mutation,
  noun,
  oneOf,
  paged,
  read,
  show,
  showList,
  verb,
  wantsJson,
  whole,
  type MutationFlags,
  type ReadOptions,
} from './shared.js'

const runColumns = [
  { label: 'id', value: (r: BatchRun) => r.id },
  { label: 'task', value: (r: BatchRun) => r.task },
  { label: 'trigger', value: (r: BatchRun) => r.trigger },
  { label: 'status', value: (r: BatchRun) => r.status },
  { label: 'started', value: (r: BatchRun) => r.startedAt },
  { label: 'ms', value: (r: BatchRun) => r.durationMs },
  { label: 'task id', value: (r: BatchRun) => r.taskId },
  { label: 'error', value: (r: BatchRun) => r.error },
]

const taskColumns = [
  { label: 'name', value: (t: BatchTask) => t.name },
  { label: 'cron', value: (t: BatchTask) => t.cron },
  { label: 'paused', value: (t: BatchTask) => t.paused },
  { label: 'overdue', value: (t: BatchTask) => t.overdue },
  { label: 'next run', value: (t: BatchTask) => t.nextRunAt },
  {
    label: 'last run',
    value: (t: BatchTask) => (t.lastRun ? `${t.lastRun.status} ${t.lastRun.startedAt}` : null),
  },
  { label: 'description', value: (t: BatchTask) => t.description },
]

/** The scheduler heartbeat, for the person at the terminal (stderr: stdout stays one row per task). */
function describeScheduler(scheduler: SchedulerSighting | undefined) {
  if (!scheduler) return 'scheduler: unknown (the server did not say)'
  if (scheduler.seenLately) return `scheduler: seen lately (last tick ${scheduler.lastSeenAt})`
  return scheduler.lastSeenAt
    ? `scheduler: NOT seen lately (last tick ${scheduler.lastSeenAt}); tasks run only while a scheduler runs`
    : 'scheduler: never seen; tasks run only while a scheduler runs (cron line or node ace schedule:work)'
}

function printTask(ctx: Context, task: BatchTask) {
  ctx.out.fields([
    ['name', task.name],
    ['command', task.command],
    ['cron', task.cron],
    ['description', task.description],
    ['paused', task.paused],
    ['overdue', task.overdue ? `yes (due ${task.lastDueAt}, no run since)` : 'no'],
    ['next run', task.nextRunAt],
    [
      'last run',
      task.lastRun
        ? `${task.lastRun.status} at ${task.lastRun.startedAt} (${task.lastRun.durationMs ?? '-'} ms)`
        : null,
    ],
  ])
}

export function registerBatch(program: Command, ctx: Context) {
  const batch = noun(
    program,
    'batch',
    'Scheduled batch tasks: list, run now, pause, resume, history',
    ['marquee batch list', 'marquee batch run cleanup']
  )

  read(
    verb(
      batch,
      'list',
      'List the scheduled tasks with their cron, next run and whether they are overdue, and when a scheduler last ticked',
      [
        'marquee batch list',
        'marquee batch list --json name,overdue,nextRunAt',
        'marquee batch list --jq .meta.scheduler',
      ]
    )
  ).action(async (opts: ReadOptions) => {
    const api = await ctx.api()
    const { data, meta } = await ctx.out.spin('loading batch tasks', api.batch.list().send())
    const scheduler = meta.scheduler as SchedulerSighting | undefined
    const listing = whole(data)
    if (wantsJson(opts))
      return ctx.out.emit({ ...listing, meta: { ...listing.meta, scheduler } }, opts)
    await showList(ctx, opts, listing, taskColumns, 'no scheduled tasks')
    ctx.out.note(describeScheduler(scheduler))
  })

  read(
    verb(batch, 'status', 'Show one scheduled task and its last run', [
      'marquee batch status cleanup',
    ])
  )
    .argument('<name>', 'task name (see batch list)')
    .action(async (name: string, opts: ReadOptions) => {
      const api = await ctx.api()
      await show(ctx, opts, await ctx.out.spin('loading', api.batch.status(name).data()), (task) =>
        printTask(ctx, task)
      )
    })

  mutation(
    verb(batch, 'run', 'Run a scheduled task now, as a background task', [
      'marquee batch run cleanup',
      'marquee tasks watch $(marquee batch run cleanup --jq .taskId)',
    ])
  )
    .argument('<name>', 'task name')
    .action(async (name: string, opts: MutationFlags) => {
      const api = await ctx.api()
      await change(ctx, api.batch.run(name), opts, `run ${name} now`, ({ taskId }) =>
        ctx.out.success(
          `Queued ${name} as task ${taskId} (follow it: marquee tasks watch ${taskId})`
        )
      )
    })

  for (const [name, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    mutation(
      verb(
        batch,
        name,
        paused ? 'Pause a recurring task (it stops running on schedule)' : 'Resume a paused task',
        [`marquee batch ${name} cache-maintenance`]
      )
    )
      .argument('<name>', 'task name')
      .action(async (task: string, opts: MutationFlags) => {
        const api = await ctx.api()
        await change(ctx, api.batch[name](task), opts, `${name} ${task}`, (result: BatchTask) =>
          ctx.out.success(
            `${result.name}: ${result.paused ? 'paused' : `next run ${result.nextRunAt}`}`
          )
        )
      })
  }

  paged(
    verb(batch, 'history', 'Past runs, newest first', [
      'marquee batch history --task cleanup --status failed',
    ])
  )
    .option('--task <name>', 'only runs of this task')
    .option(
      '--status <status>',
      'running, completed, failed or skipped',
      oneOf(['running', 'completed', 'failed', 'skipped'] as const)
    )
    .action(async (opts: ReadOptions & { task?: string; status?: string }) => {
      const api = await ctx.api()
      const listing = await fetchList(ctx, opts, 'history', (page) =>
        api.batch.history({ ...page, task: opts.task, status: opts.status })
      )
      await showList(ctx, opts, listing, runColumns, 'no runs')
    })
}
