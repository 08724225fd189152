import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import AuditLog from '#models/audit_log'
import ModerationRule from '#models/moderation_rule'
import Report from '#models/report'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'
import { MODERATION, report } from '#tests/support/moderation'
import { documentedBody } from '#tests/support/routes'

interface Route {
  method: string
  pattern: string
}

/** Every route under the moderation admin prefix, read from the router, so a route added later is covered too. */
function moderationRoutes(): Route[] {
  return Object.values(router.toJSON())
    .flat()
    .filter((route) => route.pattern.startsWith(MODERATION))
    .flatMap((route) =>
      route.methods
        .filter((m) => m !== 'HEAD')
        .map((method) => ({ method, pattern: route.pattern }))
    )
}

const label = (route: Route) => `${route.method} ${route.pattern}`

/** Calls every route with real ids in its params and a body that would act if it got through. */
async function sweep(
  client: ApiClient,
  ids: { report: number; rule: number; plan: number },
  token?: string
) {
  const seen: { route: string; status: number; code?: string }[] = []
  for (const route of moderationRoutes()) {
    const url = route.pattern
      .replace(':type', 'plan')
      .replace(
        ':id',
        String(
          route.pattern.includes('/rules/')
            ? ids.rule
            : route.pattern.includes('/content/')
              ? ids.plan
              : ids.report
        )
      )
    const request = client.request(url, route.method)
    if (route.method !== 'GET') {
      request.json(
        documentedBody(route, {
          version: 1,
          action: 'hide',
          ids: [ids.report],
          operation: 'resolve',
          name: 'Sneaky',
          kind: 'keyword',
          keywords: ['x'],
        })
      )
    }
    if (token) request.bearerToken(token)
    const res = await request
    seen.push({ route: label(route), status: res.status(), code: res.body()?.errors?.[0]?.code })
  }
  return seen
}

async function fixtures(client: ApiClient) {
  const admin = await actor('admin')
  const owner = await actor('influencer')
  const plan = await planFor(owner.user)
  const filed = await report(client, await actor('shopper'), 'plan', plan.id)
  const rule = await ModerationRule.create({
    name: 'Existing',
    kind: 'keyword',
    keywords: ['casino'],
    targetTypes: [],
    action: 'hide',
    enabled: true,
    createdBy: admin.user.id,
  })
  return { admin, ids: { report: filed.id, rule: rule.id, plan: plan.id } }
}

test.group('moderation / access control', (group) => {
  isolate(group)

  test('the router exposes every moderation admin route', ({ assert }) => {
    assert.sameMembers(moderationRoutes().map(label), [
      `GET ${MODERATION}/reports`,
      `GET ${MODERATION}/reports/:id`,
      `GET ${MODERATION}/reports/:id/context`,
      `POST ${MODERATION}/reports/:id/claim`,
      `POST ${MODERATION}/reports/:id/resolve`,
      `POST ${MODERATION}/reports/:id/dismiss`,
      `POST ${MODERATION}/reports/bulk`,
      `POST ${MODERATION}/content/:type/:id/restore`,
      `GET ${MODERATION}/stats`,
      `GET ${MODERATION}/rules`,
      `POST ${MODERATION}/rules`,
      `PATCH ${MODERATION}/rules/:id`,
      `DELETE ${MODERATION}/rules/:id`,
    ])
  })

  test(
    'a non-admin ({$self}) gets 403 E_FORBIDDEN on every moderation admin route and changes nothing'
  )
    .with<Persona[]>(['shopper', 'influencer', 'sponsor', 'pendingSponsor'])
    .run(async ({ client, assert }, persona) => {
      const { ids } = await fixtures(client)
      const { token, user } = await actor(persona)

      const seen = await sweep(client, ids, token)
      assert.isAbove(seen.length, 0)
      assert.deepEqual(
        seen.filter((r) => r.status !== 403 || r.code !== 'E_FORBIDDEN'),
        [],
        'routes that did not answer 403 E_FORBIDDEN'
      )
      assert.containsSubset(await Report.findOrFail(ids.report), {
        status: 'open',
        version: 1,
        claimedBy: null,
      })
      assert.isNotNull(await ModerationRule.find(ids.rule))
      assert.lengthOf(await ModerationRule.query().where('name', 'Sneaky'), 0)
      assert.lengthOf(await AuditLog.query().where('actor_id', user.id), 0)
    })

  test('an anonymous request gets 401 on every moderation admin route', async ({
    client,
    assert,
  }) => {
    const { ids } = await fixtures(client)
    const seen = await sweep(client, ids)
    assert.isAbove(seen.length, 0)
    assert.deepEqual(
      seen.filter((r) => r.status !== 401 || r.code !== 'E_UNAUTHORIZED'),
      [],
      'routes that did not answer 401 E_UNAUTHORIZED'
    )
    assert.containsSubset(await Report.findOrFail(ids.report), { status: 'open', version: 1 })
  })

  test('an admin gets through on every moderation admin route', async ({ client, assert }) => {
    const { admin, ids } = await fixtures(client)
    const seen = await sweep(client, ids, admin.token)
    // Some answer 409/422 to the generic body (the report was resolved by an earlier route, say); never 401, 403 or a crash.
    assert.deepEqual(
      seen.filter((r) => r.status === 401 || r.status === 403 || r.status >= 500),
      [],
      'admin requests refused or failing'
    )
    for (const r of seen.filter((s) => s.route.startsWith('GET ')))
      assert.equal(r.status, 200, r.route)
  })
})
