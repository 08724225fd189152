import type { Command } from 'commander'
import { FINISHED_STATES, type Task } from '../api/types.js'
import type { Context } from '../context.js'
import { watchTask } from '../task_watch.js'
import {
  change,
  fetchList,
  mutation,
  noun,
  oneOf,
  paged,
  positiveInt,
  read,
  show,
  showList,
  verb,
  wantsJson,
  type MutationFlags,
  type ReadOptions,
} from './shared.js'

const EXAMPLE_ID = 'default:6f1c7a9e-2b4d-4e8a-9c3f-7d6e5b4a3c21'

const taskColumns = [
  { label: 'id', value: (t: Task) => t.id },
  { label: 'name', value: (t: Task) => t.name },
  { label: 'state', value: (t: Task) => t.state },
  { label: 'progress', value: (t: Task) => `${t.progress}%` },
  { label: 'attempts', value: (t: Task) => `${t.attempts}/${t.maxAttempts}` },
  { label: 'created', value: (t: Task) => t.createdAt },
  { label: 'error', value: (t: Task) => t.error },
]

function printTask(ctx: Context, task: Task) {
  ctx.out.fields([
    ['id', task.id],
    ['name', task.name],
    ['state', task.state],
    ['progress', `${task.progress}%`],
    ['attempts', `${task.attempts}/${task.maxAttempts}`],
    ['result', task.result],
    ['error', task.error],
    ['created', task.createdAt],
    ['started', task.startedAt],
    ['finished', task.finishedAt],
  ])
}

export function registerTasks(program: Command, ctx: Context) {
  const tasks = noun(program, 'tasks', 'Background tasks (queued jobs): list, show, watch, retry', [
    'marquee tasks list --state failed',
    `marquee tasks watch ${EXAMPLE_ID}`,
  ])

  paged(
    verb(tasks, 'list', 'List background tasks', ['marquee tasks list --state failed --queue mail'])
  )
    .option(
      '--state <state>',
      'active, waiting, delayed, failed or completed',
      oneOf(['active', 'waiting', 'delayed', 'failed', 'completed'] as const)
    )
    .option('--queue <queue>', 'default or mail', oneOf(['default', 'mail'] as const))
    .action(async (opts: ReadOptions & { state?: string; queue?: string }) => {
      const api = await ctx.api()
      const listing = await fetchList(ctx, opts, 'tasks', (page) =>
        api.tasks.list({ ...page, state: opts.state, queue: opts.queue })
      )
      await showList(ctx, opts, listing, taskColumns, 'no tasks')
    })

  read(
    verb(tasks, 'show', 'Show one task with its progress, result or error', [
      `marquee tasks show ${EXAMPLE_ID} --json state,progress`,
    ])
  )
    .argument('<id>', 'task id (<queue>:<job id>, as tasks list shows)')
    .action(async (id: string, opts: ReadOptions) => {
      const api = await ctx.api()
      await show(ctx, opts, await ctx.out.spin('loading task', api.tasks.show(id).data()), (task) =>
        printTask(ctx, task)
      )
    })

  read(
    verb(
      tasks,
      'watch',
      "Follow a task until it ends, with a live progress bar fed by the server's real-time events (polling when they are unavailable); the exit code is the outcome (0 completed, 1 failed)",
      [
        `marquee tasks watch ${EXAMPLE_ID}`,
        'marquee tasks watch mail:0b8e4c2d-91a7-4f3e-b6d5-3c2a1e9f8d70 --poll --interval 2000 --json',
      ]
    )
  )
    .argument('<id>', 'task id')
    .option('--poll', 'poll the task instead of following its real-time events')
    .option('--interval <ms>', 'polling interval in milliseconds (when polling)', positiveInt, 500)
    .action(async (id: string, opts: ReadOptions & { interval: number; poll?: boolean }) => {
      const api = await ctx.api()
      const task = await watchTask(ctx, api, id, {
        intervalMs: opts.interval,
        text: !wantsJson(opts),
        live: !opts.poll,
      })
      await show(ctx, opts, task, (t) =>
        ctx.out.line(`${t.id} ${t.state}${t.error ? `: ${t.error}` : ''}`)
      )
      if (task.state !== FINISHED_STATES[0])
        throw new Error(`task ${id} failed: ${task.error ?? 'unknown error'}`)
    })

  mutation(verb(tasks, 'retry', 'Retry a failed task', [`marquee tasks retry ${EXAMPLE_ID}`]))
    .argument('<id>', 'task id')
    .action(async (id: string, opts: MutationFlags) => {
      const api = await ctx.api()
      await change(ctx, api.tasks.retry(id), opts, `retry task ${id}`, (task: Task) =>
        ctx.out.success(`Retrying ${task.id} (${task.state})`)
      )
    })
}
