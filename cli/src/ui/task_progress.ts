import { setTimeout as sleep } from 'node:timers/promises'
import { createElement as h } from 'react'
import { Box, render, Text } from 'ink'
import type { MarqueeApi } from '../api/marquee_api.js'
import { FINISHED_STATES, type Task } from '../api/types.js'
import type { Context } from '../context.js'
import { bar } from './charts.js'

export function TaskProgress({ task, colour }: { task: Task; colour: boolean }) {
  const tint = task.state === 'failed' ? 'red' : task.state === 'completed' ? 'green' : 'cyan'
  return h(
    Box,
    { gap: 1 },
    h(Text, {}, task.id),
    h(Text, colour ? { color: tint } : {}, bar(task.progress, 100, 30)),
    h(Text, {}, `${task.progress}%`),
    h(Text, { dimColor: colour }, task.state)
  )
}

const finished = (task: Task) => (FINISHED_STATES as readonly string[]).includes(task.state)

/** Polls the task until it ends: a live Ink bar on a terminal, a line per change otherwise (none with --json). */
export async function watchTask(ctx: Context, api: MarqueeApi, id: string, intervalMs: number, text: boolean) {
  let task = await api.tasks.show(id).data()
  const live = text && ctx.out.tty ? render(h(TaskProgress, { task, colour: ctx.out.colour }), { stdout: ctx.io.stdout as NodeJS.WriteStream, stdin: ctx.io.stdin as NodeJS.ReadStream, patchConsole: false }) : undefined
  let last = ''
  for (;;) {
    const seen = `${task.state} ${task.progress}`
    if (live) live.rerender(h(TaskProgress, { task, colour: ctx.out.colour }))
    else if (text && seen !== last) ctx.out.line(`${task.id} ${task.state} ${task.progress}%`)
    last = seen
    if (finished(task)) break
    await sleep(intervalMs)
    task = await api.tasks.show(id).data()
  }
  live?.unmount()
  return task
}
