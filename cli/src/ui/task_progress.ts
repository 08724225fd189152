import { createElement as h } from 'react'
import { Box, render, Text } from 'ink'
import type { Task } from '../api/types.js'
import type { Io } from '../io.js'
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

/** The live progress bar of a task on a terminal; `update` redraws it, `close` leaves it on screen. */
export function progressView(io: Io, task: Task, colour: boolean) {
  const view = render(h(TaskProgress, { task, colour }), {
    stdout: io.stdout as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    patchConsole: false,
  })
  return {
    update: (next: Task) => view.rerender(h(TaskProgress, { task: next, colour })),
    close: () => view.unmount(),
  }
}
