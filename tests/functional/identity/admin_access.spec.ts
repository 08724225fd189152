import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import AuditLog from '#models/audit_log'
import type User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import { documentedBody } from '#tests/support/routes'

interface AdminRoute {
  method: string
  pattern: string
}

/**
 * Every route registered under /api/v1/admin, read from the router at run
 * time, so a route added later is covered without touching this file.
 */
function adminRoutes(): AdminRoute[] {
  return Object.values(router.toJSON())
    .flat()
    .filter((route) => route.pattern.startsWith('/api/v1/admin'))
    .flatMap((route) =>
      route.methods
        .filter((m) => m !== 'HEAD')
        .map((method) => ({ method, pattern: route.pattern }))
    )
}

/** Substitutes every route param with a real user id (so a missing guard would act on a real account). */
const urlFor = (route: AdminRoute, id: number) => route.pattern.replace(/:\w+\??/g, String(id))

const label = (route: AdminRoute) => `${route.method} ${route.pattern}`

const lastAuditId = async () => (await AuditLog.query().orderBy('id', 'desc').first())?.id ?? 0

async function sweep(client: ApiClient, target: User, token?: string) {
  const seen: {
    route: string
    status: number
    code?: string
    message?: string
    audits: { actorId: number | null; action: string }[]
  }[] = []
  for (const route of adminRoutes()) {
    const auditedBefore = await lastAuditId()
    const request = client.request(urlFor(route, target.id), route.method)
    if (route.method !== 'GET') request.json(documentedBody(route, { reason: 'Trying to get in' }))
    if (token) request.bearerToken(token)
    const res = await request
    const error = res.body()?.errors?.[0]
    const audits = (await AuditLog.query().where('id', '>', auditedBefore)).map(
      ({ actorId, action }) => ({ actorId, action })
    )
    seen.push({
      route: label(route),
      status: res.status(),
      code: error?.code,
      message: error?.message,
      audits,
    })
  }
  return seen
}

test.group('admin / access control', (group) => {
  isolate(group)

  test('the router exposes every known admin route', ({ assert }) => {
    const routes = adminRoutes().map(label)
    assert.includeMembers(routes, [
      'GET /api/v1/admin/users',
      'GET /api/v1/admin/users/pending-sponsors',
      'GET /api/v1/admin/users/:id',
      'POST /api/v1/admin/users/:id/approve',
      'POST /api/v1/admin/users/:id/reject',
      'POST /api/v1/admin/users/:id/block',
      'POST /api/v1/admin/users/:id/unblock',
      'POST /api/v1/admin/users/:id/flag',
      'POST /api/v1/admin/users/:id/unflag',
      'GET /api/v1/admin/audit-logs',
    ])
  })

  test('a {$self} gets 403 on every admin route and changes nothing')
    .with<Persona[]>(['shopper', 'influencer', 'sponsor', 'pendingSponsor'])
    .run(async ({ client, assert }, persona) => {
      const { token } = await actor(persona)
      const target = (await actor('pendingSponsor')).user

      const seen = await sweep(client, target, token)
      assert.isAbove(seen.length, 0)
      assert.deepEqual(
        seen.filter((r) => r.status !== 403 || r.code !== 'E_FORBIDDEN'),
        [],
        'routes that did not answer 403 E_FORBIDDEN'
      )

      await target.refresh()
      assert.equal(target.status, 'pending')
      assert.isNull(target.blockedAt)
      assert.isNull(target.flaggedAt)
      assert.lengthOf(await AuditLog.query().where('target_id', String(target.id)), 0)
    })

  test('an anonymous request gets 401 on every admin route', async ({ client, assert }) => {
    const target = (await actor('pendingSponsor')).user
    const seen = await sweep(client, target)
    assert.isAbove(seen.length, 0)
    assert.deepEqual(
      seen.filter((r) => r.status !== 401 || r.code !== 'E_UNAUTHORIZED'),
      [],
      'routes that did not answer 401 E_UNAUTHORIZED'
    )
    await target.refresh()
    assert.equal(target.status, 'pending')
  })

  test('a forged or blocked admin token gets 401 on every admin route', async ({
    client,
    assert,
  }) => {
    const target = (await actor('pendingSponsor')).user
    const forged = await sweep(client, target, 'mq_at_MQ.forged')
    assert.deepEqual(
      forged.filter((r) => r.status !== 401),
      []
    )

    const blockedAdmin = await actor('admin')
    await blockedAdmin.user
      .merge({ blockedAt: blockedAdmin.user.createdAt, blockReason: 'Left the company' })
      .save()
    const blocked = await sweep(client, target, blockedAdmin.token)
    assert.deepEqual(
      blocked.filter((r) => r.status !== 401),
      []
    )
  })

  test('an admin gets through the guard on every admin route', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const target = (await actor('pendingSponsor')).user
    const seen = await sweep(client, target, token)
    // Later routes may answer 404/409/422 for a user id that is not their resource; never the area guard or a crash.
    assert.deepEqual(
      seen.filter(
        (r) => r.status === 401 || r.status >= 500 || /role is not allowed/.test(r.message ?? '')
      ),
      [],
      'admin requests refused by the guard or failing'
    )
    const users = seen.filter(
      (r) =>
        r.route.startsWith('GET /api/v1/admin/users') || r.route === 'GET /api/v1/admin/audit-logs'
    )
    assert.lengthOf(users, 5)
    for (const r of users) assert.equal(r.status, 200, r.route)
  })

  test('every admin write that succeeds leaves an audit-log row naming the admin; reads and refusals leave none', async ({
    client,
    assert,
  }) => {
    const { token, user: admin } = await actor('admin')
    const target = (await actor('pendingSponsor')).user
    const seen = await sweep(client, target, token)
    const writes = seen.filter((r) => !r.route.startsWith('GET ') && r.status < 300)
    assert.isAtLeast(
      writes.length,
      6,
      'the sweep must succeed on enough admin writes to prove anything'
    )
    assert.deepEqual(
      writes.filter((r) => r.audits.length === 0 || r.audits.some((a) => a.actorId !== admin.id)),
      [],
      'successful admin writes without an audit-log row by the admin'
    )
    assert.deepEqual(
      seen.filter((r) => (r.route.startsWith('GET ') || r.status >= 400) && r.audits.length > 0),
      [],
      'reads or refused writes that wrote an audit-log row'
    )
  })

  test('every admin answer has a status the OpenAPI document lists for that route', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const target = (await actor('pendingSponsor')).user
    const document = (await client.get('/api/docs/openapi.json')).body()
    const seen = await sweep(client, target, token)
    const undocumented = seen.filter((r) => {
      const [method, pattern] = r.route.split(' ')
      const operation =
        document.paths[pattern.replace(/:(\w+)\??/g, '{$1}')]?.[method.toLowerCase()]
      return !operation?.responses?.[String(r.status)]
    })
    assert.deepEqual(undocumented, [], 'admin answers whose status the document does not list')
  })
})
