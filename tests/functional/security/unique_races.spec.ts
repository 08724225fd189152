import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import type { ApiResponse } from '@japa/api-client'
import User from '#models/user'
import Category from '#models/category'
import Product from '#models/product'
import CustomTask from '#models/custom_task'
import { LIMITER_PREFIX } from '#config/limiter'
import { actor, type Persona } from '#tests/support/auth'
import { deleteMatching } from '#tests/support/redis_keys'
import { API, campaignFor, invite, marker } from '#tests/support/marketplace'
import { planFor } from '#tests/support/community_plans'
import { productFor, startSession } from '#tests/support/gifting'
import { addressBody } from '#tests/support/commerce'

const RACERS = 10

/** Fires `count` requests at once; every answer is a success or a 409 in the error shape, never a 5xx. */
async function race(
  assert: { fail(message: string): never },
  requests: () => Promise<ApiResponse>,
  count = RACERS
) {
  const responses = await Promise.all(Array.from({ length: count }, requests))
  for (const res of responses) {
    const status = res.status()
    const shaped =
      status < 400 || (status === 409 && typeof res.body()?.errors?.[0]?.code === 'string')
    if (!shaped) assert.fail(`a racer got ${status} ${JSON.stringify(res.body()).slice(0, 200)}`)
  }
  return responses.map((res) => res.status())
}

const count = async (table: string, where: Record<string, unknown>) =>
  Number((await db.from(table).where(where).count('* as n').first())?.n ?? 0)

/**
 * Concurrent duplicate writes on every unique index an API route can hit.
 * No global transaction (it would serialise the requests on one connection):
 * each test commits, then deletes what it made.
 */
test.group('security / concurrent duplicates over every unique index', (group) => {
  const users: number[] = []
  const cleanups: (() => Promise<unknown>)[] = []
  const person = async (persona: Persona, overrides: Partial<User> = {}) => {
    const made = await actor(persona, overrides)
    users.push(made.user.id)
    return made
  }
  group.each.setup(async () => {
    await deleteMatching(redis, `${LIMITER_PREFIX}*`)
  })
  group.each.teardown(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
    await User.query().whereIn('id', users.splice(0)).delete()
  })
  const cleanup = (work: () => Promise<unknown>) => cleanups.push(work)

  test('users.email: ten sign-ups with one e-mail give one 201 and nine 409', async ({
    client,
    assert,
  }) => {
    const email = `race-${marker()}@example.com`
    cleanup(() => User.query().where('email', email).delete())
    const statuses = await race(assert, () =>
      client
        .post(`${API}/auth/signup`)
        .json({ email, password: 'violet-harbour-lantern', fullName: 'Race', role: 'shopper' })
    )
    assert.deepEqual(statuses.sort(), [201, ...Array(RACERS - 1).fill(409)])
    assert.equal(await count('users', { email }), 1)
  })

  test('batch_settings.task: concurrent pauses of one task give one 200, the rest 409', async ({
    client,
    assert,
  }) => {
    const admin = await person('admin')
    await db.from('batch_settings').where('task', 'trending').delete()
    cleanup(() => db.from('batch_settings').where('task', 'trending').delete())
    const statuses = await race(assert, () =>
      client.post(`${API}/admin/batch/trending/pause`).bearerToken(admin.token)
    )
    assert.deepEqual(statuses.sort(), [200, ...Array(RACERS - 1).fill(409)])
  })

  test('influencer_profiles.user_id: concurrent first profile saves keep one profile', async ({
    client,
    assert,
  }) => {
    const member = await person('shopper')
    await User.query().where('id', member.user.id).update({ role: 'influencer' })
    await race(assert, () =>
      client
        .patch(`${API}/auth/me`)
        .bearerToken(member.token)
        .json({ influencerProfile: { niche: 'tech', platforms: ['youtube'], reach: 10 } })
    )
    assert.equal(await count('influencer_profiles', { user_id: member.user.id }), 1)
  })

  test('sponsor_profiles.user_id: concurrent first profile saves keep one profile', async ({
    client,
    assert,
  }) => {
    const member = await person('shopper')
    await User.query().where('id', member.user.id).update({ role: 'sponsor' })
    await race(assert, () =>
      client
        .patch(`${API}/auth/me`)
        .bearerToken(member.token)
        .json({ sponsorProfile: { companyName: 'Acme' } })
    )
    assert.equal(await count('sponsor_profiles', { user_id: member.user.id }), 1)
  })

  test('follows (follower, followee): concurrent follows keep one row', async ({
    client,
    assert,
  }) => {
    const fan = await person('shopper')
    const star = await person('influencer')
    await race(assert, () =>
      client.post(`${API}/users/${star.user.id}/follow`).bearerToken(fan.token)
    )
    assert.equal(await count('follows', { follower_id: fan.user.id, followee_id: star.user.id }), 1)
  })

  const planWrites: [string, string, string, Record<string, unknown>][] = [
    ['plan_likes', 'POST', 'like', {}],
    ['plan_downloads', 'POST', 'download', {}],
    ['plan_ratings', 'PUT', 'rating', { score: 4 }],
  ]
  for (const [table, method, action, body] of planWrites) {
    test(`${table} (plan, user): concurrent duplicates keep one row`, async ({
      client,
      assert,
    }) => {
      const owner = await person('influencer')
      const fan = await person('shopper')
      const plan = await planFor(owner.user)
      await race(assert, () =>
        client
          .request(`${API}/plans/${plan.id}/${action}`, method)
          .bearerToken(fan.token)
          .json(body)
      )
      assert.equal(await count(table, { plan_id: plan.id, user_id: fan.user.id }), 1)
    })
  }

  test('custom_task_votes (task, user): concurrent votes keep one row', async ({
    client,
    assert,
  }) => {
    const owner = await person('influencer')
    const voter = await person('shopper')
    const plan = await planFor(owner.user)
    const task = await CustomTask.create({
      planId: plan.id,
      userId: owner.user.id,
      day: 1,
      title: 'Stretch first',
      score: 0,
    })
    await race(assert, () =>
      client.post(`${API}/custom-tasks/${task.id}/vote`).bearerToken(voter.token).json({ value: 1 })
    )
    assert.equal(await count('custom_task_votes', { task_id: task.id, user_id: voter.user.id }), 1)
  })

  test('ad_requests (campaign, influencer): concurrent invitations keep one request', async ({
    client,
    assert,
  }) => {
    const sponsor = await person('sponsor')
    const influencer = await person('influencer')
    const campaign = await campaignFor(sponsor.user)
    await race(assert, () =>
      client.post(`${API}/campaigns/${campaign.id}/ad-requests`).bearerToken(sponsor.token).json({
        influencerId: influencer.user.id,
        requirements: 'One video',
        deliverables: 'A link',
        paymentAmount: 50_000,
      })
    )
    assert.equal(
      await count('ad_requests', { campaign_id: campaign.id, influencer_id: influencer.user.id }),
      1
    )
  })

  test('conversations (sponsor, influencer): concurrent openings keep one conversation', async ({
    client,
    assert,
  }) => {
    const sponsor = await person('sponsor')
    const influencer = await person('influencer')
    await invite(client, sponsor.token, (await campaignFor(sponsor.user)).id, influencer.user.id)
    await race(assert, () =>
      client
        .post(`${API}/conversations`)
        .bearerToken(sponsor.token)
        .json({ participantId: influencer.user.id })
    )
    assert.equal(
      await count('conversations', {
        sponsor_id: sponsor.user.id,
        influencer_id: influencer.user.id,
      }),
      1
    )
  })

  test('reports (one open per reporter and target): concurrent reports keep one', async ({
    client,
    assert,
  }) => {
    const reporter = await person('shopper')
    const target = await person('influencer')
    await race(assert, () =>
      client
        .post(`${API}/reports`)
        .bearerToken(reporter.token)
        .json({ targetType: 'user', targetId: target.user.id, reason: 'spam' })
    )
    assert.equal(
      await count('reports', {
        reporter_id: reporter.user.id,
        target_type: 'user',
        target_id: target.user.id,
      }),
      1
    )
  })

  test('categories.slug: concurrent creations with one slug keep one category', async ({
    client,
    assert,
  }) => {
    const admin = await person('admin')
    const slug = `race-${marker()}`
    cleanup(() => Category.query().where('slug', slug).delete())
    await race(assert, () =>
      client
        .post(`${API}/admin/product-categories`)
        .bearerToken(admin.token)
        .json({ name: 'Race', slug })
    )
    assert.equal(await count('categories', { slug }), 1)
  })

  test('cart_items (user, product): concurrent adds keep one line', async ({ client, assert }) => {
    const buyer = await person('shopper')
    const product = await productFor()
    cleanup(() => Product.query().where('id', product.id).delete())
    await race(assert, () =>
      client
        .post(`${API}/cart/items`)
        .bearerToken(buyer.token)
        .json({ productId: product.id, quantity: 1 })
    )
    assert.equal(await count('cart_items', { user_id: buyer.user.id, product_id: product.id }), 1)
  })

  test('addresses (one default per user): concurrent default addresses keep one default', async ({
    client,
    assert,
  }) => {
    const buyer = await person('shopper')
    await race(assert, () =>
      client
        .post(`${API}/addresses`)
        .bearerToken(buyer.token)
        .json(addressBody({ isDefault: true }))
    )
    assert.equal(await count('addresses', { user_id: buyer.user.id, is_default: true }), 1)
  })

  test('swipes (session, product): concurrent swipes on one product keep one', async ({
    client,
    assert,
  }) => {
    const buyer = await person('shopper')
    const product = await productFor()
    cleanup(() => Product.query().where('id', product.id).delete())
    const session = await startSession(client, buyer.token)
    await race(assert, () =>
      client
        .post(`${API}/gifting/sessions/${session}/swipes`)
        .bearerToken(buyer.token)
        .json({ productId: product.id, action: 'like' })
    )
    assert.equal(await count('swipes', { session_id: session, product_id: product.id }), 1)
  })

  test('gift_recommendations and recommendation_interactions: concurrent generation and interactions keep one row each', async ({
    client,
    assert,
  }) => {
    const buyer = await person('shopper')
    const product = await productFor({ tags: ['race'] })
    cleanup(() => Product.query().where('id', product.id).delete())
    const session = await startSession(client, buyer.token)
    await client
      .post(`${API}/gifting/sessions/${session}/swipes`)
      .bearerToken(buyer.token)
      .json({ productId: product.id, action: 'like' })
    await race(
      assert,
      () =>
        client
          .post(`${API}/gifting/sessions/${session}/recommendations`)
          .bearerToken(buyer.token)
          .json({}),
      5
    )
    const rows = await db.from('gift_recommendations').where('session_id', session)
    assert.equal(new Set(rows.map((row) => row.product_id)).size, rows.length)
    if (rows.length) {
      await race(assert, () =>
        client
          .post(`${API}/gifting/recommendations/${rows[0].id}/interactions`)
          .bearerToken(buyer.token)
          .json({ type: 'clicked' })
      )
      assert.isAtMost(
        await count('recommendation_interactions', {
          user_id: buyer.user.id,
          product_id: rows[0].product_id,
          type: 'click',
        }),
        1
      )
    }
  })

  test('newsletter_subscribers.email: concurrent subscriptions keep one subscriber', async ({
    client,
    assert,
  }) => {
    const email = `race-${marker()}@example.com`
    cleanup(() => db.from('newsletter_subscribers').where('email', email).delete())
    await race(assert, () => client.post(`${API}/newsletter/subscribe`).json({ email }))
    assert.equal(await count('newsletter_subscribers', { email }), 1)
  })
})
