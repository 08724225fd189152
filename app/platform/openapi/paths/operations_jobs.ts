import { endpoints, type ApiModule, type Endpoint } from '#platform/openapi/operation'
import {
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  ref,
  string,
  type Schema,
} from '#platform/openapi/schema'
import { QUEUE_NAMES } from '#platform/queue/config'
import { TASK_STATES } from '#platform/queue/task'
import { listTasksValidator } from '#validators/operations/tasks'
import { testMailValidator } from '#validators/operations/mail'

const tasks = endpoints({ tag: 'Tasks', prefix: '/api/v1/admin', auth: 'admin' })

export const taskIdSchema = string({
  pattern: `^(${QUEUE_NAMES.join('|')}):[\\w.-]+$`,
  description: '`<queue>:<job id>`, as returned when the work was queued',
  examples: ['mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7'],
})

/**
 * The answer of a route that records work for a worker: the job is written
 * to the outbox and relayed to its queue (later, when Redis is down), so it
 * says `queued`, never that the work was done or started.
 */
export const queuedSchema = object({
  taskId: taskIdSchema,
  status: string({
    enum: ['queued'],
    description: 'Recorded for a worker; follow the task for its progress and result',
  }),
})

/** The builder documents `{id}` params as integers; task ids are strings. */
export function taskIdParam(endpoint: Endpoint, name = 'id') {
  for (const parameter of endpoint.operation.parameters as Schema[]) {
    if (parameter.name === name) parameter.schema = taskIdSchema
  }
  return endpoint
}

export const operationsJobs: ApiModule = {
  tags: [
    {
      name: 'Tasks',
      description:
        'Background jobs (BullMQ queues `default` and `mail`): state, progress, result, retries. Jobs run at least ' +
        'once: a job whose worker died is taken over by another worker. While Redis is unreachable these routes ' +
        'answer 503 `E_QUEUE_UNAVAILABLE`.',
    },
  ],
  schemas: {
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
  },
  endpoints: [
    tasks.get('/tasks', {
      summary: 'List tasks',
      description:
        'Grouped by state (active, waiting, delayed, failed, completed), then queue, most recent first.',
      query: listTasksValidator,
      list: ref('Task'),
      errors: [503],
    }),
    taskIdParam(
      tasks.get('/tasks/{id}', { summary: 'One task', response: ref('Task'), errors: [404, 503] })
    ),
    taskIdParam(
      tasks.post('/tasks/{id}/retry', {
        summary: 'Run a failed task again, with all its attempts',
        status: 202,
        response: ref('Task'),
        errors: [404, 409, 503],
      })
    ),
    tasks.post('/test/mail', {
      summary: 'Queue the test e-mail to an address, to check e-mail delivery end to end',
      body: testMailValidator,
      status: 202,
      response: object({ taskId: taskIdSchema }),
      errors: [503],
    }),
  ],
}
