import { setTimeout as sleep } from 'node:timers/promises'
import type { MarqueeApi } from './api/marquee_api.js'
import { ENDED, TIMED_OUT, type EventStream } from './api/event_stream.js'
import { FINISHED_STATES, type Task, type TaskEvent } from './api/types.js'
import type { Context } from './context.js'
import { ApiError, describeError } from './errors.js'

const finished = (task: Task) => (FINISHED_STATES as readonly string[]).includes(task.state)

/** With live events, the task is still read back this often when none arrive (a lost event must not hang the watch). */
const QUIET_RECHECK_MS = 5_000

export interface WatchOptions {
  /** How often to read the task when there are no live events. */
  intervalMs: number
  /** Draw the progress (Ink on a terminal, a line per change otherwise); off with --json. */
  text: boolean
  /** Follow the task's real-time channel; polling stays the fallback. */
  live: boolean
}

/**
 * Follows a task until it ends. Progress comes from the task's real-time
 * channel (subscribed before the first read, so no change is missed); when
 * the stream cannot be opened, or ends, the task is polled instead. The
 * finished task is always read back, for its result or error.
 */
export async function watchTask(
  ctx: Context,
  api: MarqueeApi,
  id: string,
  { intervalMs, text, live }: WatchOptions
) {
  let events: EventStream | undefined
  if (live) {
    events = await api.tasks.events(id).catch((error: unknown) => {
      // A refused account would be refused the task too: say so, rather than poll into the same answer.
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) throw error
      ctx.out.note(
        `no live events (${describeError(error).line.replace(/^error: /, '')}): polling every ${intervalMs} ms`
      )
      return undefined
    })
  }
  let view: { update: (task: Task) => void; close: () => void } | undefined
  try {
    let task = await api.tasks.show(id).data()
    // Ink and React load only for the live bar on a terminal: every other command starts without them.
    if (text && ctx.out.tty) {
      const { progressView } = await import('./ui/task_progress.js')
      view = progressView(ctx.io, task, ctx.out.colour)
    }
    let last = ''
    for (;;) {
      const seen = `${task.state} ${task.progress}`
      if (view) view.update(task)
      else if (text && seen !== last) ctx.out.line(`${task.id} ${task.state} ${task.progress}%`)
      last = seen
      if (finished(task)) return task
      task = await nextState(api, task, events, intervalMs)
    }
  } finally {
    events?.close()
    view?.close()
  }
}

async function nextState(
  api: MarqueeApi,
  task: Task,
  events: EventStream | undefined,
  intervalMs: number
): Promise<Task> {
  if (!events || events.ended) {
    await sleep(intervalMs)
    return api.tasks.show(task.id).data()
  }
  const message = await events.next(Math.max(intervalMs, QUIET_RECHECK_MS))
  if (message === TIMED_OUT || message === ENDED) return api.tasks.show(task.id).data()
  if (message.payload.event !== 'progress') return task
  const { state, progress } = message.payload.data as TaskEvent
  const moved = { ...task, state, progress }
  return finished(moved) ? api.tasks.show(task.id).data() : moved
}
