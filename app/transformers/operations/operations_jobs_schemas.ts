/**
 * OpenAPI schemas of the responses documented in app/platform/openapi/paths/operations_jobs.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import { dateTime, integer, nullable, object, oneOf, string } from '#platform/openapi/schema'
import { QUEUE_NAMES } from '#platform/queue/config'
import { TASK_STATES } from '#platform/queue/task'

export const taskIdSchema = string({
  pattern: `^(${QUEUE_NAMES.join('|')}):[\\w.-]+$`,
  description: '`<queue>:<job id>`, as returned when the work was queued',
  examples: ['mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7'],
})

export const operationsJobsSchemas = {
  Task: object({
    id: taskIdSchema,
    queue: oneOf(QUEUE_NAMES),
    name: string({ examples: ['send_mail'] }),
    state: oneOf(TASK_STATES, {
      description: '`delayed`: waiting for its next attempt after a failure',
    }),
    progress: integer({ minimum: 0, maximum: 100 }),
    result: { description: 'What the job returned (JSON), once completed; otherwise null' },
    error: nullable(string({ description: 'Why the last attempt failed' })),
    attempts: integer({ minimum: 0, description: 'Attempts started so far' }),
    maxAttempts: integer({ minimum: 1 }),
    createdAt: dateTime(),
    startedAt: nullable(dateTime()),
    finishedAt: nullable(dateTime()),
  }),
}
