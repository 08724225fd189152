import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Comment from '#models/comment'
import Conversation from '#models/conversation'
import Notification from '#models/notification'
import { isolate } from '#tests/support/hooks'
import { actor, type Persona } from '#tests/support/auth'
import {
  documentedBody,
  fillParams,
  registeredRoutes,
  routeLabel,
  type ApiRoute,
} from '#tests/support/routes'
import { campaignFor, invite } from '#tests/support/marketplace'
import { planFor } from '#tests/support/community_plans'
import { productFor, startSession } from '#tests/support/gifting'
import { addToCart, addressOf, checkout } from '#tests/support/commerce'
import type User from '#models/user'

/** Routes anyone may call without a token. Every other /api route must answer 401 to anonymous callers. */
const PUBLIC = new Set([
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/password/forgot',
  'POST /api/v1/auth/password/reset',
  'POST /api/v1/auth/verify-email',
  'GET /api/v1/features',
  'POST /api/v1/newsletter/subscribe',
  'GET /api/v1/newsletter/confirm',
  'GET /api/v1/newsletter/unsubscribe',
  'GET /api/docs',
  'GET /api/docs/openapi.json',
  'GET /api/docs/reference',
  'GET /api/docs/assets/swagger-ui.css',
  'GET /api/docs/assets/swagger-ui-bundle.js',
  'GET /api/docs/assets/api-console.js',
  'GET /api/v1/product-categories',
  'GET /api/v1/product-categories/tree',
  'GET /api/v1/product-categories/:id',
  'GET /api/v1/products',
  'GET /api/v1/products/featured',
  'GET /api/v1/products/:id',
])

type Owner = { persona: Persona; token: string; id: number }
interface Fixture {
  /** Who owns the object (the stranger gets the same role, so only ownership differs). */
  persona: Persona
  /** Creates an object owned by `owner`; returns the value for the route's param. */
  create: (client: ApiClient, owner: Owner) => Promise<number | string>
}

/**
 * Every route with a param names what it points at. A stranger of the same
 * role must get 403 or 404 on it. Routes whose objects are public by design
 * are listed in SHARED with the reason; an unlisted route fails the test.
 */
const plan: Fixture = {
  persona: 'influencer',
  create: async (_c, o) => (await planFor({ id: o.id } as User)).id,
}
const campaign: Fixture = {
  persona: 'sponsor',
  create: async (_c, o) => (await campaignFor({ id: o.id } as User, { visibility: 'private' })).id,
}
const adRequest: Fixture = {
  persona: 'sponsor',
  create: async (client, o) => {
    const influencer = await actor('influencer')
    const c = await campaignFor({ id: o.id } as User)
    return (await invite(client, o.token, c.id, influencer.user.id)).id
  },
}
const conversation: Fixture = {
  persona: 'sponsor',
  create: async (client, o) => {
    const influencer = await actor('influencer')
    const c = await campaignFor({ id: o.id } as User)
    await invite(client, o.token, c.id, influencer.user.id)
    return (await Conversation.create({ sponsorId: o.id, influencerId: influencer.user.id })).id
  },
}
const comment: Fixture = {
  persona: 'influencer',
  create: async (_c, o) => {
    const p = await planFor({ id: o.id } as User)
    return (
      await Comment.create({ planId: p.id, userId: o.id, body: 'mine', depth: 0, parentId: null })
    ).id
  },
}
const swipeSession: Fixture = {
  persona: 'shopper',
  create: async (client, o) => {
    await productFor()
    return startSession(client, o.token)
  },
}

const notification: Fixture = {
  persona: 'influencer',
  create: async (_c, o) =>
    (
      await Notification.create({
        userId: o.id,
        type: 'user.followed',
        groupKey: `user.followed:${o.id}`,
        actorIds: [],
        actorCount: 1,
        title: 'Someone started following you',
        body: null,
        data: {},
      })
    ).id,
}

const brandProduct: Fixture = {
  persona: 'sponsor',
  create: async (_c, o) => (await productFor({ brandId: o.id })).id,
}
const cartLine: Fixture = {
  persona: 'shopper',
  create: async (client, o) => {
    const product = await productFor()
    await addToCart(client, o.token, product.id)
    return product.id
  },
}
const address: Fixture = { persona: 'shopper', create: (client, o) => addressOf(client, o.token) }
const sale: Fixture = {
  persona: 'shopper',
  create: async (client, o) => {
    await addToCart(client, o.token, (await productFor()).id)
    const res = await checkout(client, o.token, await addressOf(client, o.token))
    return res.body().data.id
  },
}

const OWNED: Record<string, Fixture> = {
  'PATCH /api/v1/campaigns/:id': campaign,
  'DELETE /api/v1/campaigns/:id': campaign,
  'GET /api/v1/campaigns/:id': campaign,
  'GET /api/v1/ad-requests/:id': adRequest,
  'GET /api/v1/ad-requests/:id/offers': adRequest,
  'PATCH /api/v1/ad-requests/:id': adRequest,
  'POST /api/v1/ad-requests/:id/withdraw': adRequest,
  'POST /api/v1/ad-requests/:id/offers': adRequest,
  'POST /api/v1/ad-requests/:id/accept': adRequest,
  'POST /api/v1/ad-requests/:id/reject': adRequest,
  'POST /api/v1/ad-requests/:id/complete': adRequest,
  'GET /api/v1/conversations/:id/messages': conversation,
  'POST /api/v1/conversations/:id/messages': conversation,
  'POST /api/v1/conversations/:id/read': conversation,
  'PATCH /api/v1/plans/:id': plan,
  'DELETE /api/v1/plans/:id': plan,
  'GET /api/v1/plans/:id/analytics': plan,
  'GET /api/v1/plans/:id/presence/members': plan,
  'PATCH /api/v1/comments/:id': comment,
  'DELETE /api/v1/comments/:id': comment,
  'GET /api/v1/gifting/sessions/:id': swipeSession,
  'GET /api/v1/gifting/sessions/:id/next': swipeSession,
  'POST /api/v1/gifting/sessions/:id/swipes': swipeSession,
  'GET /api/v1/gifting/sessions/:id/preferences': swipeSession,
  'POST /api/v1/gifting/sessions/:id/recommendations': swipeSession,
  'GET /api/v1/gifting/sessions/:id/recommendations': swipeSession,
  'POST /api/v1/notifications/:id/read': notification,
  'DELETE /api/v1/notifications/:id': notification,
  'PATCH /api/v1/products/:id': brandProduct,
  'DELETE /api/v1/products/:id': brandProduct,
  'PATCH /api/v1/cart/items/:productId': cartLine,
  'DELETE /api/v1/cart/items/:productId': cartLine,
  'GET /api/v1/addresses/:id': address,
  'PATCH /api/v1/addresses/:id': address,
  'DELETE /api/v1/addresses/:id': address,
  'POST /api/v1/addresses/:id/default': address,
  'GET /api/v1/sales/:id': sale,
  'GET /api/v1/sales/:id/invoice': sale,
}

/** Param routes open to other users by design, with why. */
const SHARED: Record<string, string> = {
  'POST /api/v1/campaigns/:id/ad-requests':
    'influencers apply to public campaigns (private ones are 404, tested in marketplace specs)',
  'GET /api/v1/plans/:id': 'public and unlisted plans are readable by link',
  'POST /api/v1/plans/:id/like': 'any member may like a visible plan',
  'DELETE /api/v1/plans/:id/like': 'removes only the caller’s own like',
  'POST /api/v1/plans/:id/download': 'any member may download a visible plan',
  'PUT /api/v1/plans/:id/rating': 'any member may rate a visible plan',
  'DELETE /api/v1/plans/:id/rating': 'removes only the caller’s own rating',
  'GET /api/v1/plans/:id/comments': 'comments of a visible plan are public',
  'POST /api/v1/plans/:id/comments': 'any member may comment on a visible plan',
  'GET /api/v1/plans/:id/custom-tasks': 'suggestions on a visible plan are public',
  'POST /api/v1/plans/:id/custom-tasks': 'any member may suggest a task',
  'POST /api/v1/plans/:id/presence': 'any member who may open the plan joins its live room',
  'DELETE /api/v1/plans/:id/presence': 'takes only the caller out of the room',
  'GET /api/v1/plans/:id/presence': 'the view count of a visible plan is public',
  'POST /api/v1/custom-tasks/:id/vote': 'any member may vote; one vote each',
  'DELETE /api/v1/custom-tasks/:id/vote': 'removes only the caller’s own vote',
  'GET /api/v1/users/:id/plans': 'a member’s listed plans are public',
  'POST /api/v1/users/:id/follow': 'following is open (blocked users excluded)',
  'DELETE /api/v1/users/:id/follow': 'removes only the caller’s own follow',
  'GET /api/v1/users/:id/follow-status': 'about the caller’s own follow',
  'POST /api/v1/users/:id/block':
    'adds to the caller’s own block list (any visible member may be blocked)',
  'DELETE /api/v1/users/:id/block': 'removes only from the caller’s own block list',
  'GET /api/v1/users/:id/followers':
    'privacy setting showFollowers applies (tested in community specs)',
  'GET /api/v1/users/:id/following':
    'privacy setting showFollowers applies (tested in community specs)',
  'GET /api/v1/users/:id/profile': 'privacy settings apply (tested in community specs)',
  'POST /api/v1/gifting/recommendations/:id/interactions':
    'ownership checked: another shopper gets 404 (tested in gifting specs)',
  'GET /api/v1/campaign-exports/:taskId':
    'the task id names its owner; another brand gets 404 (tested in marketplace specs)',
  'GET /api/v1/campaign-exports/:taskId/download':
    'the task id names its owner; another brand gets 404 (tested in marketplace specs)',
  'GET /api/v1/me/exports/:taskId':
    'the task id names its owner; another member gets 404 (tested in identity/personal_data spec)',
  'GET /api/v1/me/exports/:exportId/download':
    'needs the e-mailed signature, then only the owner finds the file: 403 or 404 (tested in identity/personal_data spec)',
  'GET /api/v1/products/:id': 'the catalogue is public (listable products only)',
  'GET /api/v1/product-categories/:id':
    'the catalogue is public (counts are of listable products only)',
}

const apiRoutes = (filter: (r: ApiRoute) => boolean) =>
  registeredRoutes(
    (r) => (r.pattern.startsWith('/api') || r.pattern.startsWith('/__transmit')) && filter(r)
  )

test.group('security / who may call each route', (group) => {
  isolate(group)

  test('anonymous callers get 401 on every route that is not public', async ({
    client,
    assert,
  }) => {
    const wrong: string[] = []
    for (const route of apiRoutes((r) => !PUBLIC.has(routeLabel(r)))) {
      const res = await client.request(fillParams(route.pattern, 1), route.method).json({})
      if (res.status() !== 401 || !res.body()?.errors?.[0]?.code)
        wrong.push(`${routeLabel(route)} → ${res.status()}`)
    }
    assert.deepEqual(wrong, [])
  })

  test('every public route is still registered (the list does not rot)', ({ assert }) => {
    const registered = new Set(apiRoutes(() => true).map(routeLabel))
    assert.deepEqual(
      [...PUBLIC].filter((label) => !registered.has(label)),
      []
    )
  })

  test('every non-admin route with an id is classified as owned or shared', ({ assert }) => {
    const unclassified = apiRoutes(
      (r) => r.pattern.includes('/:') && !r.pattern.startsWith('/api/v1/admin')
    )
      .map(routeLabel)
      .filter((label) => !OWNED[label] && !SHARED[label])
    assert.deepEqual(
      unclassified,
      [],
      'add each new route to OWNED (with a fixture) or SHARED (with the reason)'
    )
  })

  test('a caller owning a different object gets 403 or 404 on every owned route', async ({
    client,
    assert,
  }) => {
    const leaks: string[] = []
    for (const [label, fixture] of Object.entries(OWNED)) {
      const [method, pattern] = label.split(' ')
      if (!apiRoutes((r) => routeLabel(r) === label).length) continue
      const owner = await actor(fixture.persona)
      const id = await fixture.create(client, {
        persona: fixture.persona,
        token: owner.token,
        id: owner.user.id,
      })
      const stranger = await actor(fixture.persona)
      const body = documentedBody(
        { method, pattern },
        { amount: 1000, body: 'hi', action: 'like', productId: 1, score: 3, value: 1 }
      )
      const res = await client
        .request(fillParams(pattern, id), method)
        .bearerToken(stranger.token)
        .json(body)
      if (![403, 404].includes(res.status())) leaks.push(`${label} → ${res.status()}`)
    }
    assert.deepEqual(leaks, [])
  })
})

test.group('security / no secrets or protected fields in responses', (group) => {
  isolate(group)

  test('no password hash, token hash or refresh token hash appears in any read as admin', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await actor('influencer')
    const leaks: string[] = []
    for (const route of apiRoutes(
      (r) =>
        r.method === 'GET' &&
        !r.pattern.includes(':') &&
        !r.pattern.startsWith('/__transmit') &&
        !r.pattern.startsWith('/api/docs')
    )) {
      const res = await client.get(route.pattern).bearerToken(token)
      const text = JSON.stringify(res.body() ?? res.text())
      if (/"password"|\$scrypt\$|"hash"|"tokenHash"|token_hash|mq_rt_/.test(text))
        leaks.push(routeLabel(route))
    }
    assert.deepEqual(leaks, [])
  })

  test('users cannot write role, status, owner or moderation fields: each is an unknown field, refused before anything is written', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    ;(
      await client.patch('/api/v1/auth/me').bearerToken(sponsor.token).json({ role: 'admin' })
    ).assertStatus(422)
    const refused = async (res: Awaited<ReturnType<ApiClient['post']>>, field: string) => {
      res.assertStatus(422)
      assert.containsSubset(res.body().errors, [{ code: 'E_UNKNOWN_FIELD', field }])
    }
    await refused(
      await client
        .patch('/api/v1/auth/me')
        .bearerToken(sponsor.token)
        .json({ fullName: 'Me', status: 'active' }),
      'status'
    )
    await refused(
      await client.patch('/api/v1/auth/me').bearerToken(sponsor.token).json({ credibility: 100 }),
      'credibility'
    )
    const me = await client.get('/api/v1/auth/me').bearerToken(sponsor.token)
    assert.equal(me.body().data.role, 'sponsor')
    assert.notEqual(me.body().data.fullName, 'Me')

    const campaignInput = {
      name: 'Owned by me',
      description: 'd',
      niche: 'tech',
      budget: 1000,
      startDate: '2030-01-01',
      endDate: '2030-02-01',
    }
    await refused(
      await client
        .post('/api/v1/campaigns')
        .bearerToken(sponsor.token)
        .json({ ...campaignInput, sponsorId: 1 }),
      'sponsorId'
    )
    await refused(
      await client
        .post('/api/v1/campaigns')
        .bearerToken(sponsor.token)
        .json({ ...campaignInput, flaggedAt: null }),
      'flaggedAt'
    )
    assert.lengthOf(
      (await client.get('/api/v1/campaigns/mine').bearerToken(sponsor.token)).body().data,
      0
    )

    const influencer = await actor('influencer')
    const planInput = {
      title: 'Mine',
      description: 'd',
      category: 'c',
      difficulty: 'beginner',
      durationDays: 1,
      tasks: [{ day: 1, title: 't' }],
    }
    await refused(
      await client
        .post('/api/v1/plans')
        .bearerToken(influencer.token)
        .json({ ...planInput, ownerId: sponsor.user.id }),
      'ownerId'
    )
    await refused(
      await client
        .post('/api/v1/plans')
        .bearerToken(influencer.token)
        .json({ ...planInput, likesCount: 999 }),
      'likesCount'
    )
    await refused(
      await client
        .post('/api/v1/plans')
        .bearerToken(influencer.token)
        .json({ ...planInput, tasks: [{ day: 1, title: 't', doneAt: null }] }),
      'tasks.0.doneAt'
    )
    const created = await client.post('/api/v1/plans').bearerToken(influencer.token).json(planInput)
    created.assertStatus(201)
    assert.equal(created.body().data.owner.id, influencer.user.id)
    assert.equal(created.body().data.likesCount, 0)
  })
})
