import type { ContainerResolver } from '@adonisjs/core/container'
import type { ContainerBindings } from '@adonisjs/core/types'

export interface BatchContext {
  resolver: ContainerResolver<ContainerBindings>
  progress(percent: number): Promise<void>
  options: Record<string, string | undefined>
}

/** A scheduled task: what the app registers, the scheduler runs on its cron. */
export interface BatchTask {
  /** Also the ace command: `node ace <command>`. */
  command: string
  cron: string
  description: string
  run(ctx: BatchContext): Promise<Record<string, unknown>>
}

/**
 * The scheduled tasks, by name. The platform knows none of its own: the app
 * hands its list over at boot (start/registries.ts registers
 * app/services/operations/batch_tasks.ts), so the scheduler never imports
 * domain code.
 */
const tasks = new Map<string, BatchTask>()

/** Adds tasks to the schedule (a name registered again is replaced). */
export function registerBatchTasks(list: Record<string, BatchTask>) {
  for (const [name, task] of Object.entries(list)) tasks.set(name, task)
}

/** Every registered task name, in registration order. */
export const batchTaskNames = () => [...tasks.keys()]

export const isBatchTask = (name: string) => tasks.has(name)

export function batchTask(name: string): BatchTask {
  const task = tasks.get(name)
  if (!task) throw new Error(`Unknown batch task "${name}"`)
  return task
}
