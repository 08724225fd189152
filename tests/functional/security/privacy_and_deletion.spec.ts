import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import TrendingService from '#services/community/trending_service'
import BatchRunner from '#platform/scheduler/batch_runner'
import { sqlNow } from '#platform/db/time'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { API, planBody } from '#tests/support/community_plans'
import { registeredRoutes, routeLabel, type ApiRoute } from '#tests/support/routes'
import { smtpSink } from '#tests/support/smtp_sink'

type Member = Awaited<ReturnType<typeof actor>>

/** What a probe fills its route's parameters with. */
interface World {
  host: Member
  hostPlanId: number
}

/**
 * Every GET route of the API that can name another member, with the URL it is
 * probed at. Each is called by a stranger, a follower, an admin and the member
 * whose content others reacted to (the host), after members with each privacy
 * setting and one deleted member acted on the host's plan.
 */
const PROBES: Record<string, (world: World) => string> = {
  'GET /api/v1/feed': () => `${API}/feed`,
  'GET /api/v1/feed/global': () => `${API}/feed/global`,
  'GET /api/v1/feed/trending': () => `${API}/feed/trending`,
  'GET /api/v1/feed/discovery': () => `${API}/feed/discovery`,
  'GET /api/v1/users/:id/followers': (w) => `${API}/users/${w.host.user.id}/followers`,
  'GET /api/v1/users/:id/following': (w) => `${API}/users/${w.host.user.id}/following`,
  'GET /api/v1/users/:id/profile': (w) => `${API}/users/${w.host.user.id}/profile`,
  'GET /api/v1/users/:id/follow-status': (w) => `${API}/users/${w.host.user.id}/follow-status`,
  'GET /api/v1/users/:id/plans': (w) => `${API}/users/${w.host.user.id}/plans`,
  'GET /api/v1/users/search': () => `${API}/users/search?q=${SURNAME}`,
  'GET /api/v1/me/follow-suggestions': () => `${API}/me/follow-suggestions`,
  'GET /api/v1/leaderboard': () => `${API}/leaderboard`,
  'GET /api/v1/plans/search': () => `${API}/plans/search?q=Probe`,
  'GET /api/v1/plans/trending': () => `${API}/plans/trending`,
  'GET /api/v1/plans/:id': (w) => `${API}/plans/${w.hostPlanId}`,
  'GET /api/v1/plans/:id/comments': (w) => `${API}/plans/${w.hostPlanId}/comments`,
  'GET /api/v1/plans/:id/custom-tasks': (w) => `${API}/plans/${w.hostPlanId}/custom-tasks`,
  'GET /api/v1/me/recommendations': () => `${API}/me/recommendations`,
  'GET /api/v1/influencers': () => `${API}/influencers?q=${SURNAME}`,
  'GET /api/v1/notifications': () => `${API}/notifications`,
  'GET /api/v1/conversations': () => `${API}/conversations`,
  'GET /api/v1/ad-requests': () => `${API}/ad-requests`,
  'GET /api/v1/campaigns': () => `${API}/campaigns`,
  'GET /api/v1/reports': () => `${API}/reports`,
  'GET /api/v1/plans/:id/presence/members': (w) => `${API}/plans/${w.hostPlanId}/presence/members`,
}

/** GET routes that name no member but the caller (or only their own counterparts, by id), each with why. */
const NAMES_NOBODY: Record<string, string> = {
  'GET /health': 'process health',
  'GET /health/db': 'database health',
  'GET /health/redis': 'Redis health',
  'GET /health/live': 'process health',
  'GET /health/ready': 'readiness',
  'GET /api/docs': 'documentation page',
  'GET /api/docs/openapi.json': 'documentation',
  'GET /api/docs/reference': 'documentation page',
  'GET /api/docs/assets/swagger-ui.css': 'documentation page asset',
  'GET /api/docs/assets/swagger-ui-bundle.js': 'documentation page asset',
  'GET /api/docs/assets/api-console.js': 'documentation page asset',
  'GET /metrics': 'process metrics, to admins or the metrics token only',
  'GET /api/v1/plans/:id/presence': 'how many are in the room (the names are under /members)',
  'GET /api/v1/features': 'feature flags',
  'GET /api/v1/auth/me': 'the caller',
  'GET /api/v1/me/plans': "the caller's own plans",
  'GET /api/v1/me/stats': "the caller's own figures",
  'GET /api/v1/me/blocks': 'the members the caller blocked, to the caller only',
  'GET /api/v1/me/engagement': "the caller's own figures",
  'GET /api/v1/me/exports/:taskId': "the caller's own export",
  'GET /api/v1/me/exports/:exportId/download': "the caller's own data (signed link)",
  'GET /api/v1/categories': 'plan categories and counts',
  'GET /api/v1/notifications/unread-count': 'a number',
  'GET /api/v1/plans/:id/analytics': "the owner's figures",
  'GET /api/v1/campaigns/mine': "the brand's own campaigns",
  'GET /api/v1/campaigns/:id':
    'a campaign and its brand (a business party, not a community member)',
  'GET /api/v1/campaign-exports/:taskId': "the brand's own export",
  'GET /api/v1/campaign-exports/:taskId/download': "the brand's own export",
  'GET /api/v1/ad-requests/:id': 'the two parties of one ad request only',
  'GET /api/v1/ad-requests/:id/offers': 'the two parties of one ad request only',
  'GET /api/v1/conversations/:id/messages': 'the two parties of one conversation only',
  'GET /api/v1/product-categories': 'catalogue',
  'GET /api/v1/product-categories/tree': 'catalogue',
  'GET /api/v1/product-categories/:id': 'catalogue',
  'GET /api/v1/products': 'catalogue',
  'GET /api/v1/products/featured': 'catalogue',
  'GET /api/v1/products/:id': 'catalogue',
  'GET /api/v1/cart': "the caller's cart",
  'GET /api/v1/cart/total': "the caller's cart",
  'GET /api/v1/addresses': "the caller's addresses",
  'GET /api/v1/addresses/:id': "the caller's address",
  'GET /api/v1/sales': "the caller's purchases",
  'GET /api/v1/sales/:id': "the caller's purchase",
  'GET /api/v1/sales/:id/invoice': "the caller's invoice",
  'GET /api/v1/gifting/sessions': "the caller's swipe sessions",
  'GET /api/v1/gifting/sessions/:id': "the caller's swipe session",
  'GET /api/v1/gifting/sessions/:id/next': 'products',
  'GET /api/v1/gifting/sessions/:id/preferences': "the caller's preferences",
  'GET /api/v1/gifting/sessions/:id/recommendations': 'products',
  'GET /api/v1/gifting/recommendations': "the caller's own recommendations (products)",
  'GET /api/v1/gifting/analytics':
    "the caller's own figures (brands are businesses, not community members)",
  'GET /api/v1/newsletter/confirm': 'a confirmation page',
  'GET /api/v1/newsletter/unsubscribe': 'an unsubscribe page',
}

/** Admin routes answer 403 to members; admins see every account by design (README, Privacy). */
const isAdminRoute = (route: ApiRoute) => route.pattern.startsWith('/api/v1/admin/')
const isTransport = (route: ApiRoute) => route.pattern.startsWith('/__')

const SURNAME = 'Probeworth'

async function follow(client: ApiClient, who: Member, whom: Member) {
  ;(await client.post(`${API}/users/${whom.user.id}/follow`).bearerToken(who.token)).assertStatus(
    200
  )
}

async function bodies(client: ApiClient, world: World, viewer: Member) {
  const texts: Record<string, string> = {}
  for (const [label, url] of Object.entries(PROBES)) {
    const res = await client.get(url(world)).bearerToken(viewer.token)
    if (res.status() >= 500) throw new Error(`${label} answered ${res.status()}`)
    texts[label] = res.status() === 200 ? res.text() : ''
  }
  return texts
}

test.group('privacy and deletion across modules', (group) => {
  isolate(group)

  test('every GET route is either probed for members it names or says why it names none', ({
    assert,
  }) => {
    const unclassified = registeredRoutes(
      (route) => route.method === 'GET' && !isAdminRoute(route) && !isTransport(route)
    )
      .map(routeLabel)
      .filter((label) => !(label in PROBES) && !(label in NAMES_NOBODY))
    assert.deepEqual(
      unclassified,
      [],
      'a new GET route: add it to PROBES (it can name members) or to NAMES_NOBODY with the reason'
    )
  })

  test('each privacy setting holds on every listing for strangers, followers and admins; a deleted member is gone everywhere', async ({
    client,
    assert,
  }) => {
    const host = await actor('influencer', {
      fullName: `Hana ${SURNAME}`,
      privacy: { emailDigest: true },
    })
    const pub = await actor('influencer', { fullName: `Pia ${SURNAME}` })
    const fol = await actor('influencer', {
      fullName: `Fred ${SURNAME}`,
      privacy: { profileVisibility: 'followers' },
    })
    const priv = await actor('influencer', {
      fullName: `Prisca ${SURNAME}`,
      privacy: { profileVisibility: 'private' },
    })
    const gone = await actor('influencer', { fullName: `Gus ${SURNAME}` })
    const follower = await actor('shopper', { fullName: 'Flo Follower' })
    const stranger = await actor('shopper', { fullName: 'Stan Stranger' })
    const admin = await actor('admin')

    const hostPlan = await client
      .post(`${API}/plans`)
      .bearerToken(host.token)
      .json(planBody({ title: 'Probe host plan' }))
    hostPlan.assertStatus(201)
    const hostPlanId = hostPlan.body().data.id
    const world: World = { host, hostPlanId }
    const tags = new Map(
      [pub, fol, priv, gone].map((member, index) => [member, `n${index}x${member.user.id}`])
    )
    for (const [member, tag] of tags) {
      ;(
        await client
          .post(`${API}/plans`)
          .bearerToken(member.token)
          .json(planBody({ title: `Probe plan ${tag}` }))
      ).assertStatus(201)
      await follow(client, member, host)
      ;(
        await client.post(`${API}/plans/${hostPlanId}/like`).bearerToken(member.token)
      ).assertStatus(200)
      ;(
        await client
          .post(`${API}/plans/${hostPlanId}/comments`)
          .bearerToken(member.token)
          .json({ body: `Words ${tag}` })
      ).assertStatus(201)
      ;(
        await client
          .post(`${API}/plans/${hostPlanId}/custom-tasks`)
          .bearerToken(member.token)
          .json({ day: 1, title: `Task ${tag}` })
      ).assertStatus(201)
    }
    // The follower follows each of them (a private profile cannot be followed over the API: it once was public).
    await follow(client, follower, pub)
    await follow(client, follower, fol)
    await db
      .table('follows')
      .insert({ follower_id: follower.user.id, followee_id: priv.user.id, created_at: sqlNow() })
    await follow(client, follower, host)
    await follow(client, host, pub)
    await follow(client, host, fol)
    await (await app.container.make(TrendingService)).recompute()

    // Warm every cached listing, then delete: no cached page may keep the deleted member.
    await bodies(client, world, stranger)
    await bodies(client, world, follower)
    ;(
      await client
        .delete(`${API}/auth/me`)
        .bearerToken(gone.token)
        .json({ password: FACTORY_PASSWORD })
    ).assertStatus(204)

    const goneTraces = [gone.user.fullName, `Words ${tags.get(gone)}`, `Task ${tags.get(gone)}`]
    const seen = {
      stranger: await bodies(client, world, stranger),
      follower: await bodies(client, world, follower),
      admin: await bodies(client, world, admin),
      host: await bodies(client, world, host),
    }
    const shows = (viewer: keyof typeof seen, label: string, text: string) =>
      seen[viewer][label].includes(text)
    const everywhere = (viewer: keyof typeof seen, text: string) =>
      Object.keys(PROBES).filter((label) => shows(viewer, label, text))
    /** Where a member is named as a person (not as the author of content they published). */
    const asPerson = (viewer: keyof typeof seen, text: string) =>
      everywhere(viewer, text).filter((label) => !PUBLISHED.includes(label))

    for (const viewer of Object.keys(seen) as (keyof typeof seen)[]) {
      for (const trace of goneTraces)
        assert.deepEqual(everywhere(viewer, trace), [], `${viewer} still reads "${trace}"`)
    }

    // The host's next e-mail digest lists the notifications without the deleted member's words or name.
    const run = await (
      await app.container.make(BatchRunner)
    ).run('notification-digests', { trigger: 'cli' })
    assert.equal(run.status, 'completed')
    const digest = await smtpSink.waitFor(
      (mail) => mail.to.includes(host.user.email) && /unread notification/.test(mail.subject),
      10_000
    )
    for (const trace of goneTraces) assert.notInclude(digest.raw, trace)
    assert.include(digest.raw, 'Probe host plan')

    // Strangers: public profiles only. Notifications name whoever acted on the recipient's own content.
    assert.deepEqual(
      asPerson('stranger', fol.user.fullName),
      [],
      'a followers-only member named to a stranger'
    )
    assert.deepEqual(
      asPerson('stranger', priv.user.fullName),
      [],
      'a private member named to a stranger'
    )
    assert.deepEqual(
      asPerson('follower', priv.user.fullName),
      [],
      'a private member named to a follower'
    )
    assert.deepEqual(
      asPerson('host', priv.user.fullName).filter((label) => label !== 'GET /api/v1/notifications'),
      [],
      'a private member named outside notifications of the content they reacted to'
    )
    assert.deepEqual(
      asPerson('host', fol.user.fullName).filter(
        (label) => label !== 'GET /api/v1/notifications' && !FOLLOWED_BY_HOST.includes(label)
      ),
      [],
      'the host follows the followers-only member: named only where the host may see them'
    )
    // What they published stays under their name, whatever their privacy.
    for (const viewer of ['stranger', 'follower', 'admin'] as const) {
      assert.isTrue(
        shows(viewer, 'GET /api/v1/plans/:id/comments', priv.user.fullName),
        `${viewer} misses a private member's published comment`
      )
      assert.isTrue(shows(viewer, 'GET /api/v1/plans/:id/comments', `Words ${tags.get(priv)}`))
    }

    // What each setting keeps: public members everywhere, followers-only ones to their followers.
    for (const viewer of ['stranger', 'follower', 'host'] as const) {
      for (const label of [
        'GET /api/v1/feed/global',
        'GET /api/v1/users/:id/followers',
        'GET /api/v1/plans/:id/comments',
        'GET /api/v1/leaderboard',
      ]) {
        assert.isTrue(
          shows(viewer, label, pub.user.fullName),
          `${viewer} misses the public member in ${label}`
        )
      }
    }
    for (const label of [
      'GET /api/v1/feed',
      'GET /api/v1/users/:id/followers',
      'GET /api/v1/users/search',
    ]) {
      assert.isTrue(
        shows('follower', label, fol.user.fullName),
        `a follower misses the followers-only member in ${label}`
      )
    }
    for (const label of ['GET /api/v1/users/:id/followers', 'GET /api/v1/users/search']) {
      assert.isTrue(
        shows('admin', label, priv.user.fullName),
        `an admin misses the private member in ${label}`
      )
      assert.isTrue(
        shows('admin', label, fol.user.fullName),
        `an admin misses the followers-only member in ${label}`
      )
    }
    assert.isTrue(
      shows('host', 'GET /api/v1/notifications', 'plan.commented'),
      "the host keeps the notification of the comments (its preview, the deleted member's words, went)"
    )

    // Profiles: followers-only answers 403 to strangers, private 404 to everyone but admins.
    const profile = async (viewer: Member, target: Member) =>
      (
        await client.get(`${API}/users/${target.user.id}/profile`).bearerToken(viewer.token)
      ).status()
    assert.deepEqual(
      [
        await profile(stranger, fol),
        await profile(follower, fol),
        await profile(admin, fol),
        await profile(stranger, priv),
        await profile(follower, priv),
        await profile(admin, priv),
      ],
      [403, 200, 200, 404, 404, 200]
    )
    // A member's list of plans is part of their profile.
    const plansOf = async (viewer: Member, target: Member) =>
      (await client.get(`${API}/users/${target.user.id}/plans`).bearerToken(viewer.token)).status()
    assert.deepEqual(
      [
        await plansOf(stranger, fol),
        await plansOf(follower, fol),
        await plansOf(admin, fol),
        await plansOf(stranger, priv),
        await plansOf(follower, priv),
        await plansOf(admin, priv),
      ],
      [403, 200, 200, 404, 404, 200]
    )
  })
})

/** Where members appear as authors of what they published (plans, comments, suggested tasks): named whatever their privacy. */
const PUBLISHED = [
  'GET /api/v1/plans/search',
  'GET /api/v1/plans/trending',
  'GET /api/v1/plans/:id',
  'GET /api/v1/plans/:id/comments',
  'GET /api/v1/plans/:id/custom-tasks',
  'GET /api/v1/users/:id/plans',
  'GET /api/v1/me/recommendations',
]

/** Listings in which the host, who follows the followers-only member, may see them named. */
const FOLLOWED_BY_HOST = [
  'GET /api/v1/feed',
  'GET /api/v1/users/:id/followers',
  'GET /api/v1/users/:id/following',
  'GET /api/v1/plans/:id/comments',
  'GET /api/v1/plans/:id/custom-tasks',
  'GET /api/v1/users/search',
]
