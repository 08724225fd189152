import { endpoints, type ApiModule } from '#services/operations/openapi/operation'
import { boolean, integer, object, oneOf, ref, string } from '#services/operations/openapi/schema'

const health = endpoints({ tag: 'Health', prefix: '/health' })
const docs = endpoints({ tag: 'Docs', prefix: '/api/docs' })
const features = endpoints({ tag: 'Features', prefix: '/api/v1' })

/** A dependency check: 503 naming the dependency when it is down. */
const dependency = (path: string, summary: string) =>
  health.get(path, { summary, response: ref('DependencyHealth'), errors: [503] })

export const operations: ApiModule = {
  tags: [
    { name: 'Health', description: 'Liveness and dependency checks for load balancers and monitoring' },
    { name: 'Features', description: 'Feature flags, so clients can hide what is switched off' },
    { name: 'Docs', description: 'This documentation' },
  ],
  schemas: {
    DependencyHealth: object({
      name: oneOf(['database', 'redis']),
      status: oneOf(['up']),
      latencyMs: integer({ minimum: 0 }),
      details: { type: 'object' },
    }),
  },
  endpoints: [
    health.get('', {
      summary: 'The process answers (liveness)',
      response: object({ status: oneOf(['ok']), uptimeSeconds: integer({ minimum: 0 }) }),
    }),
    dependency('/db', 'The database answers'),
    dependency('/redis', 'Redis answers'),
    features.get('/features', {
      summary: 'Which optional features are on',
      response: object({ registration: boolean(), recommendations: boolean() }),
    }),
    docs.get('', {
      summary: 'This documentation as a readable HTML page',
      raw: { mediaType: 'text/html', schema: string() },
    }),
    docs.get('/openapi.json', {
      summary: 'This documentation as an OpenAPI 3.1 document (not enveloped)',
      raw: { mediaType: 'application/json', schema: { type: 'object' } },
    }),
  ],
}
