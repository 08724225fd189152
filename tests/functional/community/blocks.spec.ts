import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import Notification from '#models/notification'
import { LISTINGS_TAG } from '#services/community/listings'
import CacheService from '#platform/cache/cache_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor } from '#tests/support/community_plans'
import { campaignFor, invite } from '#tests/support/marketplace'

test.group('community / blocks: a member blocks another', (group) => {
  isolate(group)

  test('the blocked member no longer finds the blocker, their plans or their comments; follows both ways end', async ({
    client,
    assert,
  }) => {
    const creator = await actor('influencer')
    const pest = await actor('shopper')
    const plan = await planFor(creator.user)
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(pest.token)
    ).assertStatus(200)
    ;(
      await client.post(`${API}/users/${pest.user.id}/follow`).bearerToken(creator.token)
    ).assertStatus(200)
    const comment = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(creator.token)
      .json({ body: 'Start slow' })
    comment.assertStatus(201)
    const notified = async () =>
      (await Notification.query().where('userId', pest.user.id)).map((n) => [n.type, n.actorCount])
    const notificationsBefore = await notified()

    const blocked = await client
      .post(`${API}/users/${pest.user.id}/block`)
      .bearerToken(creator.token)
    blocked.assertStatus(204)
    ;(
      await client.post(`${API}/users/${pest.user.id}/block`).bearerToken(creator.token)
    ).assertStatus(204)

    assert.lengthOf(
      await db
        .from('follows')
        .where('follower_id', pest.user.id)
        .orWhere('followee_id', pest.user.id),
      0
    )
    assert.deepEqual(await notified(), notificationsBefore)

    const profile = await client
      .get(`${API}/users/${creator.user.id}/profile`)
      .bearerToken(pest.token)
    profile.assertStatus(404)
    assert.deepEqual(firstError(profile.body()), { code: 'E_NOT_FOUND', message: 'User not found' })
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(pest.token)
    ).assertStatus(404)
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(pest.token)).assertStatus(404)
    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(pest.token)
        .json({ body: 'Hello?' })
    ).assertStatus(404)
    const search = await client
      .get(`${API}/users/search`)
      .qs({ q: creator.user.fullName.slice(0, 6) })
      .bearerToken(pest.token)
    assert.notInclude(
      search.body().data.map((m: { id: number }) => m.id),
      creator.user.id
    )

    // On someone else's plan, the blocker's comment is not there to reply to.
    const other = await actor('influencer')
    const otherPlan = await planFor(other.user)
    const onOther = await client
      .post(`${API}/plans/${otherPlan.id}/comments`)
      .bearerToken(creator.token)
      .json({ body: 'Nice one' })
    const reply = await client
      .post(`${API}/plans/${otherPlan.id}/comments`)
      .bearerToken(pest.token)
      .json({ body: 'Hi', parentId: onOther.body().data.id })
    reply.assertStatus(422)
    assert.equal(firstError(reply.body())?.field, 'parentId')

    // The blocker still sees everything of the blocked member.
    ;(
      await client.get(`${API}/users/${pest.user.id}/profile`).bearerToken(creator.token)
    ).assertStatus(200)

    const list = await client.get(`${API}/me/blocks`).bearerToken(creator.token)
    list.assertStatus(200)
    assert.lengthOf(list.body().data, 1)
    assert.containsSubset(list.body().data[0], {
      id: pest.user.id,
      fullName: pest.user.fullName,
      role: 'shopper',
    })
    assert.isString(list.body().data[0].blockedAt)
    assert.containsSubset(list.body().meta, { total: 1, page: 1 })
    const theirs = await client.get(`${API}/me/blocks`).bearerToken(pest.token)
    assert.lengthOf(theirs.body().data, 0)

    ;(
      await client.delete(`${API}/users/${pest.user.id}/block`).bearerToken(creator.token)
    ).assertStatus(204)
    ;(
      await client.delete(`${API}/users/${pest.user.id}/block`).bearerToken(creator.token)
    ).assertStatus(204)
    ;(
      await client.get(`${API}/users/${creator.user.id}/profile`).bearerToken(pest.token)
    ).assertStatus(200)
    ;(await client.get(`${API}/plans/${plan.id}`).bearerToken(pest.token)).assertStatus(200)
    assert.lengthOf(await db.from('follows').where('follower_id', pest.user.id), 0)
  })

  test("the blocked member's feed stops showing the blocker's activity", async ({
    client,
    assert,
  }) => {
    const creator = await actor('influencer')
    const pest = await actor('shopper')
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(pest.token)
    ).assertStatus(200)
    const follower = await actor('shopper')
    ;(
      await client.post(`${API}/users/${follower.user.id}/follow`).bearerToken(pest.token)
    ).assertStatus(200)
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(follower.token)
    ).assertStatus(200)
    const actors = async () =>
      (await client.get(`${API}/feed`).bearerToken(pest.token))
        .body()
        .data.map((a: { actor: { id: number } }) => a.actor.id)
    assert.include(await actors(), follower.user.id)

    ;(
      await client.post(`${API}/users/${pest.user.id}/block`).bearerToken(creator.token)
    ).assertStatus(204)
    const feed = await client.get(`${API}/feed`).bearerToken(pest.token)
    feed.assertStatus(200)
    for (const activity of feed.body().data) {
      assert.notEqual(activity.actor.id, creator.user.id)
      if (activity.subject.type === 'user') assert.notEqual(activity.subject.id, creator.user.id)
    }
  })

  test('listings shared by every reader (global and trending feeds, trending, search, leaderboard, directory) drop the blocker for the blocked member only', async ({
    client,
    assert,
  }) => {
    const word = `blk${Date.now().toString(36)}`
    const creator = await actor('influencer', { fullName: `Creator ${word}` })
    const pest = await actor('sponsor')
    const bystander = await actor('sponsor')
    const fan = await actor('shopper')
    const plan = await planFor(creator.user, { title: `Plan ${word}` })
    await db.from('skill_plans').where('id', plan.id).update({ trending_score: 1_000_000 })
    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)).assertStatus(200)
    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(creator.token)
        .json({ body: `About ${word}` })
    ).assertStatus(201)

    // Shared pages computed afresh here, with the creator in them (a page size no other test asks for).
    await (await app.container.make(CacheService)).invalidateTags([LISTINGS_TAG])
    const perPage = 97
    const seen = async (reader: { token: string }) => {
      const get = (path: string, qs: Record<string, unknown>) =>
        client.get(`${API}/${path}`).qs(qs).bearerToken(reader.token)
      const ids = (res: { body(): { data: unknown[] } }, pick: (item: never) => number[]) =>
        res.body().data.flatMap((item) => pick(item as never))
      const activities = (item: { actor: { id: number }; plan: { id: number } | null }) => [
        item.actor.id,
        ...(item.plan?.id === plan.id ? [creator.user.id] : []),
      ]
      return {
        globalFeed: ids(await get('feed/global', { limit: 50 }), activities),
        trendingFeed: ids(await get('feed/trending', { limit: 50 }), activities),
        trendingPlans: ids(
          await get('plans/trending', { perPage }),
          (p: { owner: { id: number } }) => [p.owner.id]
        ),
        search: ids(
          await get('plans/search', { q: word, perPage }),
          (p: { owner: { id: number } }) => [p.owner.id]
        ),
        leaderboard: ids(await get('leaderboard', { perPage }), (e: { user: { id: number } }) => [
          e.user.id,
        ]),
        directory: ids(await get('influencers', { q: word, perPage }), (i: { id: number }) => [
          i.id,
        ]),
      }
    }
    const everywhere = (lists: Record<string, number[]>) =>
      Object.fromEntries(
        Object.entries(lists).map(([name, ids]) => [name, ids.includes(creator.user.id)])
      )

    const before = everywhere(await seen(pest))
    assert.deepEqual(
      Object.values(before).filter(Boolean).length,
      Object.keys(before).length,
      `the creator is in every listing before the block: ${JSON.stringify(before)}`
    )

    ;(
      await client.post(`${API}/users/${pest.user.id}/block`).bearerToken(creator.token)
    ).assertStatus(204)
    const after = everywhere(await seen(pest))
    assert.deepEqual(
      Object.values(after).filter(Boolean).length,
      0,
      `the creator is in no listing after the block: ${JSON.stringify(after)}`
    )
    assert.deepEqual(
      everywhere(await seen(bystander)),
      before,
      'other readers still see the creator'
    )
    // The fan's like on the blocker's plan is about the blocker's plan: gone from the blocked member's feeds.
    const global = await client.get(`${API}/feed/global`).qs({ limit: 50 }).bearerToken(pest.token)
    assert.isFalse(
      global.body().data.some((a: { plan: { id: number } | null }) => a.plan?.id === plan.id)
    )
  })

  test('the blocked member cannot message the blocker, who is just not available', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    await invite(client, brand.token, campaign.id, creator.user.id, 20_000)
    const opened = await client
      .post(`${API}/conversations`)
      .bearerToken(brand.token)
      .json({ participantId: creator.user.id })
    opened.assertStatus(200)

    ;(
      await client.post(`${API}/users/${brand.user.id}/block`).bearerToken(creator.token)
    ).assertStatus(204)
    const sent = await client
      .post(`${API}/conversations/${opened.body().data.id}/messages`)
      .bearerToken(brand.token)
      .json({ body: 'Hello?' })
    sent.assertStatus(409)
    assert.deepEqual(firstError(sent.body()), {
      code: 'E_COUNTERPART_UNAVAILABLE',
      message: 'This member is not available for messages',
    })
    const again = await client
      .post(`${API}/conversations`)
      .bearerToken(brand.token)
      .json({ participantId: creator.user.id })
    again.assertStatus(409)
  })

  test('bad input and other accounts: yourself, unknown ids, admins, lists of others', async ({
    client,
    assert,
  }) => {
    const me = await actor('influencer')
    const admin = await actor('admin')
    const self = await client.post(`${API}/users/${me.user.id}/block`).bearerToken(me.token)
    self.assertStatus(422)
    assert.deepEqual(firstError(self.body()), {
      code: 'E_SELF_BLOCK',
      message: 'You cannot block yourself',
      field: 'id',
    })
    ;(await client.post(`${API}/users/abc/block`).bearerToken(me.token)).assertStatus(404)
    ;(await client.post(`${API}/users/99999999999/block`).bearerToken(me.token)).assertStatus(404)
    ;(await client.post(`${API}/users/2147483000/block`).bearerToken(me.token)).assertStatus(404)
    ;(await client.post(`${API}/users/${admin.user.id}/block`).bearerToken(me.token)).assertStatus(
      404
    )
    ;(await client.post(`${API}/users/${me.user.id}/block`).bearerToken(admin.token)).assertStatus(
      403
    )
    ;(await client.get(`${API}/me/blocks`).bearerToken(admin.token)).assertStatus(403)
    ;(
      await client.get(`${API}/me/blocks`).qs({ perPage: 1000 }).bearerToken(me.token)
    ).assertStatus(422)
    ;(await client.get(`${API}/me/blocks`)).assertStatus(401)
    assert.lengthOf(await db.from('member_blocks'), 0)
  })
})
