import { BaseTransformer } from '@adonisjs/core/transformers'
import {
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  typed,
  type Infer,
} from '#platform/openapi/schema'
import { QUEUE_NAMES, TASK_STATES, type Task } from '#platform/queue/queue_service'

export const taskIdSchema = string({
  pattern: `^(${QUEUE_NAMES.join('|')}):[\\w.-]+$`,
  description: '`<queue>:<job id>`, as returned when the work was queued',
  examples: ['mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7'],
})

export const taskSchema = object({
  id: taskIdSchema,
  queue: oneOf(QUEUE_NAMES),
  name: string({ examples: ['send_mail'] }),
  state: oneOf(TASK_STATES, {
    description: '`delayed`: waiting for its next attempt after a failure',
  }),
  progress: integer({ minimum: 0, maximum: 100 }),
  result: typed<unknown>({
    description: 'What the job returned (JSON), once completed; otherwise null',
  }),
  error: nullable(string({ description: 'Why the last attempt failed' })),
  attempts: integer({ minimum: 0, description: 'Attempts started so far' }),
  maxAttempts: integer({ minimum: 1 }),
  createdAt: dateTime(),
  startedAt: nullable(dateTime()),
  finishedAt: nullable(dateTime()),
})

/** A background job as the tasks API shows it. */
export default class TaskTransformer extends BaseTransformer<Task> {
  toObject(): Infer<typeof taskSchema> {
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
