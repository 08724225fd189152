import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { idParam } from '#platform/http/ids'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import { fillParams, registeredRoutes, routeLabel } from '#tests/support/routes'
import TokenService from '#services/identity/token_service'

/** Ids no id column holds: zero, negative, past 2^31 − 1, a float past every integer, not a number. */
const OUT_OF_RANGE = ['0', '-1', '2147483648', '1e300', 'abc']

/** Every id-valued field the validators read from bodies and query strings. */
const ID_FIELDS = [
  'id',
  'ids',
  'actorId',
  'adRequestId',
  'addressId',
  'before',
  'campaignId',
  'categoryId',
  'influencerId',
  'parentId',
  'participantId',
  'productId',
  'sponsorId',
  'subjectId',
  'targetId',
  'userId',
]

/** Each route's params matched by the id matcher (numeric ids); others (`:name`, `:type`, task ids) are strings. */
function idParams(): Map<string, Set<string>> {
  const byPattern = new Map<string, Set<string>>()
  for (const route of Object.values(router.toJSON()).flat()) {
    const inPattern = new Set([...route.pattern.matchAll(/:(\w+)/g)].map(([, name]) => name))
    const names = Object.entries(route.matchers).filter(
      ([name, matcher]) => inPattern.has(name) && matcher.match === idParam.match
    )
    if (names.length) byPattern.set(route.pattern, new Set(names.map(([name]) => name)))
  }
  return byPattern
}

/** The id as a client would send it in JSON: a number where it parses as one, else the text. */
const asJson = (value: string) => (Number.isNaN(Number(value)) ? value : Number(value))

const apiRoutes = () => registeredRoutes((r) => r.pattern.startsWith('/api'))

test.group('security / ids outside the column range', (group) => {
  isolate(group)

  test('a numeric id param out of range answers 404 before authentication or any query', async ({
    client,
    assert,
  }) => {
    const numeric = idParams()
    const routes = apiRoutes().filter((route) => numeric.has(route.pattern))
    assert.isAbove(routes.length, 60)
    const failures: string[] = []
    for (const route of routes) {
      for (const value of OUT_OF_RANGE) {
        const path = route.pattern.replace(/:(\w+)/g, (_, name) =>
          numeric.get(route.pattern)!.has(name) ? encodeURIComponent(value) : 'x'
        )
        const res = await client.request(path, route.method)
        if (res.status() !== 404) failures.push(`${routeLabel(route)} ${value} → ${res.status()}`)
      }
    }
    assert.deepEqual(failures, [])
  }).timeout(120_000)

  test('the largest id in range still reaches the route (404 from the lookup, not the router)', async ({
    client,
    assert,
  }) => {
    const res = await client.get('/api/v1/products/2147483647')
    res.assertStatus(404)
    assert.notEqual(res.body().errors[0].message, 'No such route')
  })

  for (const persona of ['admin', 'shopper', 'sponsor', 'influencer'] as Persona[]) {
    test(`as ${persona}: every route × out-of-range ids in path, query and body answers 4xx or 2xx, never 5xx`, async ({
      client,
      assert,
    }) => {
      const routes = apiRoutes()
      const { user } = await actor(persona)
      const failures: string[] = []
      for (const route of routes) {
        // A fresh token per route: some routes (logout, password change) end the session.
        const { accessToken: token } = await new TokenService().issue(user)
        for (const value of OUT_OF_RANGE) {
          const inBody = Object.fromEntries(
            ID_FIELDS.map((field) => [field, field === 'ids' ? [asJson(value)] : asJson(value)])
          )
          const inQuery = Object.fromEntries(ID_FIELDS.map((field) => [field, value]))
          const request = client
            .request(fillParams(route.pattern, encodeURIComponent(value)), route.method)
            .bearerToken(token)
          const res =
            route.method === 'GET' || route.method === 'DELETE'
              ? await request.qs(inQuery)
              : await request.json(inBody)
          if (res.status() >= 500)
            failures.push(
              `${routeLabel(route)} ${value} → ${res.status()} ${JSON.stringify(res.body()).slice(0, 160)}`
            )
          const valid = await client
            .request(fillParams(route.pattern, 1), route.method)
            .bearerToken(token)
            .qs(inQuery)
            .json(inBody)
          if (valid.status() >= 500)
            failures.push(
              `${routeLabel(route)} (id 1) ${value} in body/query → ${valid.status()} ${JSON.stringify(valid.body()).slice(0, 160)}`
            )
        }
      }
      assert.deepEqual(failures, [])
    }).timeout(300_000)
  }

  test('an id out of range in a body is a 422 on that field', async ({ client, assert }) => {
    const { token } = await actor('sponsor')
    for (const participantId of [0, -1, 2147483648, 1e300]) {
      const res = await client
        .post('/api/v1/conversations')
        .bearerToken(token)
        .json({ participantId })
      res.assertStatus(422)
      assert.equal(res.body().errors[0].field, 'participantId')
    }
  })
})
