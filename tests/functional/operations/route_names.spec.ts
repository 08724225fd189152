import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'

test.group('operations / routes', () => {
  test('every route has a name of its own, so URLs are built by name', ({ assert }) => {
    const routes = Object.values(router.toJSON()).flat()
    const unnamed = routes.filter((route) => !route.name).map((route) => route.pattern)
    assert.deepEqual(unnamed, [], 'routes without a name')
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const route of routes) {
      const key = `${route.methods.join(',')} ${route.pattern}`
      const other = seen.get(route.name!)
      if (other) clashes.push(`${route.name}: ${other} and ${key}`)
      seen.set(route.name!, key)
    }
    assert.deepEqual(clashes, [], 'two routes share a name')
    assert.equal(router.makeUrl('plans.show', { id: 42 }), '/api/v1/plans/42')
  })

  test('id params match 1 … 2^31 − 1 only: anything else finds no route (404, the one error shape)', async ({
    client,
  }) => {
    for (const id of ['abc', '0', '-1', '1e3', '2147483648', '01']) {
      const res = await client.get(`/api/v1/plans/${id}`)
      res.assertStatus(404)
      res.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND', message: 'No such route' }] })
    }
  })
})
