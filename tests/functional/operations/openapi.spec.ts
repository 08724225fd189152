import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import type { ApiClient } from '@japa/api-client'

type Operation = {
  'security': unknown[]
  'x-roles'?: string[]
  'responses': Record<string, unknown>
}
type Document = {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}

/** Registered routes as `METHOD /path/{param}` (HEAD left out: it follows GET). */
function registeredRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) => {
      const path = route.pattern.replace(/:(\w+)\??/g, '{$1}')
      const middleware = [...route.middleware.all()].map((entry) =>
        'name' in entry ? entry.name : ''
      )
      return route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => ({ key: `${method} ${path}`, path, middleware }))
    })
}

async function fetchDocument(client: ApiClient) {
  const res = await client.get('/api/docs/openapi.json')
  res.assertStatus(200)
  return { res, document: res.body() as Document }
}

function documentedOperations(document: Document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      operation,
    }))
  )
}

test.group('operations / OpenAPI document', () => {
  test('is a raw OpenAPI 3.1 document with the shared components', async ({ client, assert }) => {
    const { res, document } = await fetchDocument(client)
    assert.match(res.header('content-type') ?? '', /application\/json/)
    assert.match(document.openapi, /^3\.1\.\d+$/)
    assert.notProperty(document, 'data')
    assert.deepEqual(document.components.securitySchemes.bearerAuth, {
      type: 'http',
      scheme: 'bearer',
      description: 'Short-lived opaque access token (`mq_at_…`)',
    })
    assert.containsSubset(document.components.schemas, {
      Error: { required: ['errors'] },
      PageMeta: { required: ['page', 'perPage', 'total', 'lastPage'] },
    })
    assert.includeMembers(Object.keys(document.components.responses), [
      'Unauthorized',
      'Forbidden',
      'NotFound',
      'Conflict',
      'ValidationError',
      'TooManyRequests',
    ])
  })

  test('documents every /api route', async ({ client, assert }) => {
    const { document } = await fetchDocument(client)
    const documented = new Set(documentedOperations(document).map(({ key }) => key))
    const missing = registeredRoutes()
      .filter((route) => route.path.startsWith('/api') && !documented.has(route.key))
      .map((route) => route.key)
    assert.deepEqual(missing, [], `routes missing from the OpenAPI document: ${missing.join(', ')}`)
  })

  test('documents no route that does not exist', async ({ client, assert }) => {
    const { document } = await fetchDocument(client)
    const registered = new Set(registeredRoutes().map((route) => route.key))
    const stale = documentedOperations(document)
      .filter(({ key }) => !registered.has(key))
      .map(({ key }) => key)
    assert.deepEqual(stale, [], `documented operations without a route: ${stale.join(', ')}`)
  })

  test('auth, roles and rate limits match the middleware of each route', async ({
    client,
    assert,
  }) => {
    const { document } = await fetchDocument(client)
    const operations = new Map(
      documentedOperations(document).map(({ key, operation }) => [key, operation])
    )
    const wrong = registeredRoutes().flatMap(({ key, middleware }) => {
      const operation = operations.get(key)
      if (!operation) return []
      // metricsAccess: an admin's access token, or the scrapers' METRICS_TOKEN.
      const needsToken = middleware.includes('auth') || middleware.includes('metricsAccess')
      const adminOnly = middleware.includes('role') || middleware.includes('metricsAccess')
      const problems = [
        needsToken !== operation.security.length > 0 && 'security',
        needsToken && !('401' in operation.responses) && '401',
        adminOnly !== Boolean(operation['x-roles']) && 'x-roles',
        adminOnly && !('403' in operation.responses) && '403',
      ].filter(Boolean)
      return problems.length ? [`${key} (${problems.join(', ')})`] : []
    })
    assert.deepEqual(wrong, [], `operations whose auth is documented wrongly: ${wrong.join('; ')}`)

    for (const path of ['signup', 'login', 'refresh', 'password/forgot', 'password/reset']) {
      assert.containsSubset(document.paths[`/api/v1/auth/${path}`].post.responses, {
        429: { $ref: '#/components/responses/TooManyRequests' },
      })
    }
    assert.containsSubset(document.components.responses.TooManyRequests, {
      headers: { 'Retry-After': {} },
    })
  })

  test('every $ref points to a defined component', async ({ client, assert }) => {
    const { document } = await fetchDocument(client)
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)]
    assert.isAbove(refs.length, 0)
    const dangling = refs
      .filter(([, kind, name]) => !document.components[kind]?.[name])
      .map(([, kind, name]) => `${kind}/${name}`)
    assert.deepEqual(dangling, [])
  })

  test('/api/docs/reference renders the same document as a self-contained HTML page', async ({
    client,
    assert,
  }) => {
    const res = await client.get('/api/docs/reference')
    res.assertStatus(200)
    assert.match(res.header('content-type') ?? '', /text\/html/)
    const html = res.text()
    assert.include(html, '/api/v1/auth/signup')
    assert.include(html, '/api/v1/admin/users/{id}/approve')
    assert.include(html, 'Bearer token · role admin')
    assert.include(html, 'id="schema-User"')
    assert.notMatch(html, /(src|href)="(https?:)?\/\//)
  })
})
