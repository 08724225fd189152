import { BaseTransformer } from '@adonisjs/core/transformers'
import type { Task } from '#platform/queue/task'

/** A background job as the tasks API shows it. */
export default class TaskTransformer extends BaseTransformer<Task> {
  toObject() {
    const task = this.resource
    return {
      id: task.id,
      queue: task.queue,
      name: task.name,
      state: task.state,
      progress: task.progress,
      result: task.result,
      error: task.error,
      attempts: task.attempts,
      maxAttempts: task.maxAttempts,
      createdAt: task.createdAt.toISOString(),
      startedAt: task.startedAt?.toISOString() ?? null,
      finishedAt: task.finishedAt?.toISOString() ?? null,
    }
  }
}
