import { test } from '@japa/runner'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import { fillParams, registeredRoutes, routeLabel } from '#tests/support/routes'
import TokenService from '#services/identity/token_service'

const HOSTILE = [
  "' OR '1'='1'; DROP TABLE users; --",
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ 漢字 \u202e \u0000 \ud800',
  'x'.repeat(70_000),
  '../../../../etc/passwd',
  '${7*7}{{7*7}}',
]

const FIELDS = [
  'email',
  'password',
  'fullName',
  'name',
  'title',
  'description',
  'body',
  'reason',
  'amount',
  'paymentAmount',
  'budget',
  'price',
  'quantity',
  'score',
  'value',
  'day',
  'profile',
  'action',
  'version',
  'targetType',
  'targetId',
  'type',
  'kind',
  'pattern',
  'keywords',
  'tags',
  'tasks',
  'influencerId',
  'participantId',
  'userId',
  'productId',
  'status',
  'startDate',
  'endDate',
  'visibility',
  'token',
  'refreshToken',
  'ids',
  'operation',
  'only',
]

function deep(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = i % 2 ? { nested: value } : [value]
  return value
}

/** Bodies a careless or hostile client sends: wrong shapes, wrong types, huge, deep, injected. */
function bodies(): unknown[] {
  const wrongTypes = Object.fromEntries(
    FIELDS.map((f, i) => [f, [[], {}, true, -1, 1e308, null, 'NaN'][i % 7]])
  )
  const hostile = HOSTILE.map((text) => Object.fromEntries(FIELDS.map((f) => [f, text])))
  const numbersAsText = Object.fromEntries(FIELDS.map((f) => [f, '12abc']))
  return [
    [],
    'just a string',
    42,
    null,
    wrongTypes,
    numbersAsText,
    deep(500),
    ...hostile,
    { ...wrongTypes, extra: deep(30) },
  ]
}

const PERSONAS: Persona[] = ['admin', 'shopper', 'sponsor', 'influencer']

test.group('security / fuzzed bodies on every write route', (group) => {
  isolate(group)

  for (const persona of PERSONAS) {
    test(`as ${persona}: every write route answers 4xx or 2xx, never 5xx`, async ({
      client,
      assert,
    }) => {
      const routes = registeredRoutes((r) => r.pattern.startsWith('/api') && r.method !== 'GET')
      assert.isAbove(routes.length, 50)
      const failures: string[] = []
      const { user } = await actor(persona)
      for (const route of routes) {
        // A fresh token per route: some routes (logout, password change) end the session.
        const { accessToken: token } = await new TokenService().issue(user)
        for (const [index, body] of bodies().entries()) {
          const res = await client
            .request(fillParams(route.pattern, 1), route.method)
            .bearerToken(token)
            .json(body)
          if (res.status() >= 500)
            failures.push(
              `${routeLabel(route)} body#${index} → ${res.status()} ${JSON.stringify(res.body()).slice(0, 200)}`
            )
          else if (res.status() >= 400 && !res.body()?.errors?.[0]?.code)
            failures.push(
              `${routeLabel(route)} body#${index} → ${res.status()} without the error shape`
            )
        }
      }
      assert.deepEqual(failures, [])
    }).timeout(300_000)
  }
})
