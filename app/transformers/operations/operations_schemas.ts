/**
 * OpenAPI schemas of the responses documented in app/openapi/operations.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import {
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  typed,
} from '#platform/openapi/schema'

export const dependencyHealthSchema = object({
  name: oneOf(['database', 'redis']),
  status: oneOf(['up']),
  latencyMs: integer({ minimum: 0 }),
  details: typed<Record<string, unknown>>({ type: 'object' }),
})

export const readinessSchema = object({
  ready: boolean(),
  stopping: boolean({
    description: 'The process received SIGTERM (then 503 `E_SHUTTING_DOWN`)',
  }),
  checks: object({
    database: object({
      status: oneOf(['up', 'down']),
      latencyMs: nullable(integer({ minimum: 0 })),
    }),
    redis: object({
      status: oneOf(['up', 'down', 'memory'], {
        description: '`memory`: development process on its in-memory stores',
      }),
      latencyMs: nullable(integer({ minimum: 0 })),
    }),
    queues: object({
      status: oneOf(['ok', 'backlog', 'unknown']),
      waiting: integer({ minimum: 0 }),
      active: integer({ minimum: 0 }),
      failed: integer({ minimum: 0 }),
      oldestWaitingAt: nullable(dateTime()),
      outboxPending: integer({
        minimum: 0,
        description: 'Jobs recorded but not relayed to their queue yet (Redis was down)',
      }),
      outboxOldestAt: nullable(dateTime()),
    }),
    scheduler: object({ status: oneOf(['ok', 'missing']), lastSeenAt: nullable(dateTime()) }),
  }),
})

export const operationsSchemas = {
  DependencyHealth: dependencyHealthSchema,
  Readiness: readinessSchema,
}
