import { test } from '@japa/runner'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import { registeredRoutes, routeLabel } from '#tests/support/routes'

/** Routes that end or erase the caller's session or account when called: left out of the sweep. */
const SESSION_ENDING = new Set(['POST /api/v1/auth/logout', 'DELETE /api/v1/auth/me'])

const GENERIC = 'You are not allowed to perform this action'

test.group('security / every 403 says why', (group) => {
  isolate(group)

  test(
    'refused as {$self} on a member route, the caller is told why (a documented 403), never a bare "not allowed"'
  )
    .with<Persona[]>(['shopper', 'influencer', 'sponsor', 'pendingSponsor', 'admin'])
    .run(async ({ client, assert }, persona) => {
      const document = (await client.get('/api/docs/openapi.json')).body()
      const { token } = await actor(persona)
      const routes = registeredRoutes(
        (r) =>
          r.pattern.startsWith('/api/v1/') &&
          !r.pattern.includes('/:') &&
          !r.pattern.startsWith('/api/v1/admin')
      )
      const refused: string[] = []
      const bare: string[] = []
      const undocumented: string[] = []
      for (const route of routes) {
        if (SESSION_ENDING.has(routeLabel(route))) continue
        const request = client.request(route.pattern, route.method).bearerToken(token)
        if (route.method !== 'GET') request.json({})
        const res = await request
        if (res.status() !== 403) continue
        refused.push(routeLabel(route))
        if (!document.paths[route.pattern]?.[route.method.toLowerCase()]?.responses?.['403'])
          undocumented.push(routeLabel(route))
        const message = res.body()?.errors?.[0]?.message
        if (!message || message === GENERIC) bare.push(routeLabel(route))
      }
      if (persona !== 'admin') assert.isAbove(refused.length, 0)
      assert.deepEqual(bare, [], 'routes answering a bare 403')
      assert.deepEqual(
        undocumented,
        [],
        'routes answering a 403 their OpenAPI operation does not declare'
      )
    })

  test('a role refusal names the roles that may do it', async ({ client, assert }) => {
    const shopper = await actor('shopper')
    const campaigns = await client.get('/api/v1/campaigns').bearerToken(shopper.token)
    campaigns.assertStatus(403)
    assert.deepEqual(campaigns.body().errors, [
      { code: 'E_FORBIDDEN', message: 'Only influencer or brand accounts can do this' },
    ])

    const influencer = await actor('influencer')
    const cart = await client.get('/api/v1/cart').bearerToken(influencer.token)
    cart.assertStatus(403)
    assert.deepEqual(cart.body().errors, [
      { code: 'E_FORBIDDEN', message: 'Only shopper accounts can do this' },
    ])
  })
})
