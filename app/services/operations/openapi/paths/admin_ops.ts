import { endpoints, type ApiModule } from '#services/operations/openapi/operation'
import { array, boolean, dateTime, integer, nullable, number, object, oneOf, paginationQuery, ref, string } from '#services/operations/openapi/schema'
import { taskIdSchema } from '#services/operations/openapi/paths/operations_jobs'

const route = endpoints({ tag: 'Operations', prefix: '/api/v1/admin', auth: 'admin' })
const RUN_STATUSES = ['running', 'completed', 'failed', 'skipped']
const name = () => string({ description: 'Batch task name, e.g. `cleanup`', maxLength: 64 })

const hitStats = { hits: integer(), misses: integer(), hitRatio: nullable(number()) }

export const adminOps: ApiModule = {
  tags: [{ name: 'Operations', description: 'Scheduler (batch runs) and cache operations (role `admin`)' }],
  schemas: {
    BatchRun: object({
      id: integer(),
      task: string(),
      trigger: oneOf(['schedule', 'manual', 'api']),
      status: oneOf(RUN_STATUSES),
      taskId: nullable(string()),
      result: nullable({ type: 'object' }),
      error: nullable(string()),
      startedAt: dateTime(),
      finishedAt: nullable(dateTime()),
      durationMs: nullable(integer()),
    }),
    BatchTask: object({
      name: name(),
      command: string({ description: 'The ace command cron runs' }),
      cron: string({ examples: ['*/30 * * * *'] }),
      description: string(),
      paused: boolean(),
      nextRunAt: nullable(dateTime()),
      lastRun: nullable(ref('BatchRun')),
    }),
    CacheStats: object({
      scope: oneOf(['cluster', 'process']),
      families: { type: 'object', additionalProperties: object({ ttl: integer(), ...hitStats, keys: nullable(integer()) }) },
      totals: object({ ...hitStats, keys: nullable(integer()) }),
    }),
  },
  endpoints: [
    route.get('/batch', { summary: 'Scheduled batch tasks with their last and next run', response: array(ref('BatchTask')) }),
    route.get('/batch/runs', {
      summary: 'History of batch runs, newest first',
      query: { ...paginationQuery, task: name(), status: oneOf(RUN_STATUSES) },
      list: ref('BatchRun'),
      errors: [404],
    }),
    route.get('/batch/{name}', { summary: 'One batch task', response: ref('BatchTask'), errors: [404] }),
    route.post('/batch/{name}/run', {
      summary: 'Run a batch task now, as a background job',
      status: 202,
      response: object({ taskId: taskIdSchema }),
      errors: [404],
    }),
    route.post('/batch/{name}/pause', { summary: 'Pause the scheduled runs of a task (manual runs still work)', response: ref('BatchTask'), errors: [404, 409] }),
    route.post('/batch/{name}/resume', { summary: 'Resume the scheduled runs of a task', response: ref('BatchTask'), errors: [404, 409] }),
    route.get('/cache/stats', { summary: 'Hits, misses, hit ratio and keys per key family', response: ref('CacheStats') }),
    route.get('/cache/health', {
      summary: 'Cache layers: memory L1 and Redis L2',
      response: object({ l1: string(), l2: object({ status: oneOf(['up', 'down']) }, { latencyMs: integer(), error: string() }), scope: string(), hitRatio: nullable(number()) }),
    }),
    route.post('/cache/warm', {
      summary: 'Precompute the hot cached reads',
      body: object({}, { only: array(string(), { maxItems: 20 }) }),
      response: object({ warmed: array(string()), failed: { type: 'object' } }),
    }),
    route.post('/cache/clear', {
      summary: 'Clear the whole cache, or only the entries with the given tags',
      body: object({}, { tags: array(string(), { maxItems: 50 }) }),
      response: object({ cleared: { oneOf: [string(), array(string())] } }),
    }),
    route.post('/cache/invalidate-user', {
      summary: "Drop one user's cached entries (profile, cart total, unread count)",
      body: object({ userId: integer({ minimum: 1 }) }),
      response: object({ userId: integer(), tags: array(string()) }),
    }),
  ],
}
