import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { CONSOLE_ASSETS } from '#platform/openapi/api_console'
import { boolean, integer, object, oneOf, ref, string } from '#platform/openapi/schema'
import { operationsSchemas } from '#transformers/operations/operations_schemas'

const health = endpoints({ tag: 'Health', prefix: '/health' })
const docs = endpoints({ tag: 'Docs', prefix: '/api/docs' })
const features = endpoints({ tag: 'Features', prefix: '/api/v1' })
const metrics = endpoints({ tag: 'Metrics', auth: 'admin' })

/** A dependency check: 503 naming the dependency when it is down. */
const dependency = (path: string, summary: string) =>
  health.get(path, { summary, response: ref('DependencyHealth'), errors: [503] })

export const operations: ApiModule = {
  tags: [
    {
      name: 'Health',
      description: 'Liveness and dependency checks for load balancers and monitoring',
    },
    { name: 'Features', description: 'Feature flags, so clients can hide what is switched off' },
    { name: 'Docs', description: 'This documentation' },
    { name: 'Metrics', description: 'Prometheus metrics for operators' },
  ],
  schemas: operationsSchemas,
  endpoints: [
    health.get('', {
      summary: 'The process answers (liveness)',
      response: object({ status: oneOf(['ok']), uptimeSeconds: integer({ minimum: 0 }) }),
    }),
    health.get('/live', {
      summary: 'The process answers (liveness; same as /health)',
      response: object({ status: oneOf(['ok']), uptimeSeconds: integer({ minimum: 0 }) }),
    }),
    health.get('/ready', {
      summary:
        'Ready for traffic: the database and Redis answer and the process is not stopping; 503 naming why not',
      description:
        'Also reports the queue backlog (jobs waiting in the queues and in the outbox, `backlog` when one waits over 5 minutes) and ' +
        'whether a scheduler ticked in the last 3 minutes; those do not make the process unready.',
      response: ref('Readiness'),
      errors: [503],
    }),
    dependency('/db', 'The database answers'),
    dependency(
      '/redis',
      'Redis answers, and this process uses it (503 while it runs on its in-memory fallback)'
    ),
    features.get('/features', {
      summary: 'Which optional features are on',
      response: object({ registration: boolean(), recommendations: boolean() }),
    }),
    metrics.get('/metrics', {
      summary: "This process's metrics in Prometheus text format",
      description:
        'For an admin access token, or `Authorization: Bearer <METRICS_TOKEN>` when the server sets METRICS_TOKEN ' +
        '(a scraper needs no account). METRICS_PORT opens the same metrics on a listener of their own, without a token.',
      raw: { mediaType: 'text/plain', schema: string() },
    }),
    docs.get('', {
      summary:
        'This documentation as an interactive console (Swagger UI): authorize once, then "Try it out" on this server',
      raw: { mediaType: 'text/html', schema: string() },
    }),
    docs.get('/reference', {
      summary: 'This documentation as a static, script-free HTML page',
      raw: { mediaType: 'text/html', schema: string() },
    }),
    ...Object.entries(CONSOLE_ASSETS).map(([name, asset]) =>
      docs.get(`/assets/${name}`, {
        summary: `A file of the console page (${name}), served from the server's own packages`,
        raw: { mediaType: asset.type.split(';')[0], schema: string() },
      })
    ),
    docs.get('/openapi.json', {
      summary: 'This documentation as an OpenAPI 3.1 document (not enveloped)',
      raw: { mediaType: 'application/json', schema: { type: 'object' } },
    }),
  ],
}
