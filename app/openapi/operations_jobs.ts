import { endpoints, type ApiModule, type Endpoint } from '#platform/openapi/operation'
import { object, ref, string, type Schema } from '#platform/openapi/schema'
import { listTasksValidator } from '#validators/operations/tasks'
import { testMailValidator } from '#validators/operations/mail'
import {
  operationsJobsSchemas,
  taskIdSchema,
} from '#transformers/operations/operations_jobs_schemas'

const tasks = endpoints({ tag: 'Tasks', prefix: '/api/v1/admin', auth: 'admin' })

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
  schemas: operationsJobsSchemas,
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
