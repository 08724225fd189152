import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import AdRequest from '#models/ad_request'
import Notification from '#models/notification'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, campaignFor, firstError, ids, invite } from '#tests/support/marketplace'
import { sqlTime } from '#platform/db/time'

const terms = {
  requirements: 'Mention the brand in the first 10 seconds',
  deliverables: '2 videos and 3 stories',
}

const act = (
  client: ApiClient,
  token: string,
  id: number,
  verb: 'accept' | 'reject' | 'complete',
  body: Record<string, unknown> = {}
) => client.post(`${API}/ad-requests/${id}/${verb}`).bearerToken(token).json(body)

const counter = (client: ApiClient, token: string, id: number, amount: number, message?: string) =>
  client
    .post(`${API}/ad-requests/${id}/offers`)
    .bearerToken(token)
    .json(message ? { amount, message } : { amount })

test.group('marketplace / ad requests: invitations and applications', (group) => {
  isolate(group)

  test('a brand invites an influencer, who is notified and sees it in their list', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { name: 'Trail season', visibility: 'private' })

    const res = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(brand.token)
      .json({
        influencerId: creator.user.id,
        ...terms,
        paymentAmount: 75_000,
        message: 'We love your trail videos',
      })
    res.assertStatus(201)
    const request = res.body().data
    assert.containsSubset(request, {
      campaign: { id: campaign.id, name: 'Trail season', currency: 'USD', status: 'active' },
      sponsor: { id: brand.user.id, role: 'sponsor' },
      influencer: { id: creator.user.id, role: 'influencer' },
      initiatedBy: 'sponsor',
      ...terms,
      paymentAmount: 75_000,
      agreedAmount: null,
      status: 'pending',
      lastOfferBy: brand.user.id,
    })

    const notifications = await Notification.query().where('user_id', creator.user.id)
    assert.lengthOf(notifications, 1)
    assert.equal(notifications[0].type, 'ad_request.received')
    assert.isNull(notifications[0].readAt)
    assert.containsSubset(notifications[0].data, {
      adRequestId: request.id,
      campaignId: campaign.id,
      campaignName: 'Trail season',
      amount: 75_000,
    })
    assert.include(notifications[0].title, 'Trail season')
    assert.isNull(await Notification.findBy('userId', brand.user.id))

    const mine = await client.get(`${API}/ad-requests`).bearerToken(creator.token)
    mine.assertStatus(200)
    assert.deepEqual(ids(mine.body()), [request.id])
    const theirs = await client
      .get(`${API}/ad-requests`)
      .qs({ campaignId: campaign.id, status: 'pending' })
      .bearerToken(brand.token)
    assert.deepEqual(ids(theirs.body()), [request.id])
    const none = await client
      .get(`${API}/ad-requests`)
      .qs({ status: 'accepted' })
      .bearerToken(brand.token)
    assert.deepEqual(none.body().data, [])

    const shown = await client.get(`${API}/ad-requests/${request.id}`).bearerToken(creator.token)
    shown.assertStatus(200)
    assert.equal(shown.body().data.id, request.id)
  })

  test('inviting the same influencer to the same campaign twice is a 409', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    await invite(client, brand.token, campaign.id, creator.user.id)

    const again = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(brand.token)
      .json({ influencerId: creator.user.id, ...terms, paymentAmount: 90_000 })
    again.assertStatus(409)
    assert.equal(firstError(again.body())?.code, 'E_AD_REQUEST_EXISTS')
    const applied = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(creator.token)
      .json({ ...terms, paymentAmount: 1_000 })
    applied.assertStatus(409)
    assert.equal(
      await AdRequest.query()
        .where('campaign_id', campaign.id)
        .count('* as total')
        .first()
        .then((r) => Number(r!.$extras.total)),
      1
    )
  })

  test('invitations are validated: an active influencer is required, amounts are whole minor units', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const campaign = await campaignFor(brand.user)
    const shopper = await actor('shopper')
    const blocked = await actor('influencer', { blockedAt: DateTime.utc() })
    const send = (body: Record<string, unknown>) =>
      client.post(`${API}/campaigns/${campaign.id}/ad-requests`).bearerToken(brand.token).json(body)

    const noOne = await send({ ...terms, paymentAmount: 1_000 })
    noOne.assertStatus(422)
    assert.equal(firstError(noOne.body())?.field, 'influencerId')
    for (const influencerId of [shopper.user.id, blocked.user.id, 999_999_999]) {
      const res = await send({ influencerId, ...terms, paymentAmount: 1_000 })
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, 'influencerId')
    }
    const invalid = await send({
      influencerId: shopper.user.id,
      requirements: '',
      paymentAmount: 10.5,
    })
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['requirements', 'deliverables', 'paymentAmount']
    )
  })

  test('a brand cannot invite to another brand’s campaign; pending brands and shoppers cannot create ad requests', async ({
    client,
    assert,
  }) => {
    const owner = await actor('sponsor')
    const other = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(owner.user)
    const body = { influencerId: creator.user.id, ...terms, paymentAmount: 1_000 }

    const foreign = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(other.token)
      .json(body)
    foreign.assertStatus(404)

    const pending = await actor('pendingSponsor')
    const pendingRes = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(pending.token)
      .json(body)
    pendingRes.assertStatus(403)
    assert.equal(firstError(pendingRes.body())?.message, 'Your brand account is pending approval')

    const shopper = await actor('shopper')
    ;(
      await client
        .post(`${API}/campaigns/${campaign.id}/ad-requests`)
        .bearerToken(shopper.token)
        .json(body)
    ).assertStatus(403)
    assert.isNull(await AdRequest.findBy('campaignId', campaign.id))
  })

  test('an influencer applies to a public active campaign; the brand is notified', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { name: 'Open call' })

    const res = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(creator.token)
      .json({ influencerId: 123456, ...terms, paymentAmount: 30_000 })
    res.assertStatus(201)
    assert.containsSubset(res.body().data, {
      initiatedBy: 'influencer',
      influencer: { id: creator.user.id },
      sponsor: { id: brand.user.id },
      status: 'pending',
      lastOfferBy: creator.user.id,
    })
    const notification = await Notification.query().where('user_id', brand.user.id).firstOrFail()
    assert.equal(notification.type, 'ad_request.received')
    assert.equal(notification.data.adRequestId, res.body().data.id)

    const twice = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(creator.token)
      .json({ ...terms, paymentAmount: 30_000 })
    twice.assertStatus(409)
    assert.equal(firstError(twice.body())?.code, 'E_AD_REQUEST_EXISTS')
  })

  test('influencers cannot apply to private, draft, paused, flagged or blocked brands’ campaigns (404)', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const blockedBrand = await actor('sponsor')
    const creator = await actor('influencer')
    const closed = [
      await campaignFor(brand.user, { visibility: 'private' }),
      await campaignFor(brand.user, { status: 'draft' }),
      await campaignFor(brand.user, { status: 'paused' }),
      await campaignFor(brand.user, { flaggedAt: DateTime.utc(), flagReason: 'Misleading claims' }),
      await campaignFor(blockedBrand.user),
    ]
    await User.query()
      .where('id', blockedBrand.user.id)
      .update({ blocked_at: sqlTime(DateTime.utc()) })

    for (const campaign of closed) {
      const res = await client
        .post(`${API}/campaigns/${campaign.id}/ad-requests`)
        .bearerToken(creator.token)
        .json({ ...terms, paymentAmount: 1_000 })
      res.assertStatus(404)
      assert.equal(firstError(res.body())?.code, 'E_NOT_FOUND')
    }
    ;(
      await client
        .post(`${API}/campaigns/999999999/ad-requests`)
        .bearerToken(creator.token)
        .json({ ...terms, paymentAmount: 1_000 })
    ).assertStatus(404)
    assert.equal(
      await AdRequest.query()
        .where('influencer_id', creator.user.id)
        .count('* as total')
        .first()
        .then((r) => Number(r!.$extras.total)),
      0
    )
  })

  test('only the two parties know an ad request exists: others get 404 on it, its offers and every action', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 10_000)

    const outsiders = [await actor('influencer'), await actor('sponsor'), await actor('shopper')]
    for (const outsider of outsiders) {
      for (const path of [`ad-requests/${request.id}`, `ad-requests/${request.id}/offers`]) {
        const res = await client.get(`${API}/${path}`).bearerToken(outsider.token)
        res.assertStatus(404)
        assert.equal(firstError(res.body())?.code, 'E_NOT_FOUND')
      }
    }
    const [otherCreator, otherBrand] = outsiders
    ;(await act(client, otherCreator.token, request.id, 'accept')).assertStatus(404)
    ;(await act(client, otherCreator.token, request.id, 'reject')).assertStatus(404)
    ;(await counter(client, otherCreator.token, request.id, 5_000)).assertStatus(404)
    ;(await act(client, otherBrand.token, request.id, 'complete')).assertStatus(404)

    const list = await client.get(`${API}/ad-requests`).bearerToken(otherCreator.token)
    assert.deepEqual(list.body().data, [])

    const stored = await AdRequest.findOrFail(request.id)
    assert.equal(stored.status, 'pending')
    assert.equal(stored.paymentAmount, 10_000)
  })
})

test.group('marketplace / ad requests: negotiation and status machine', (group) => {
  isolate(group)

  test('offers and counter-offers; accepting takes the last offer; the history is kept in order', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { budget: 100_000 })
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 50_000)

    const raised = await counter(
      client,
      creator.token,
      request.id,
      80_000,
      'My rate for two videos'
    )
    raised.assertStatus(201)
    assert.containsSubset(raised.body().data, {
      status: 'negotiating',
      paymentAmount: 80_000,
      lastOfferBy: creator.user.id,
      agreedAmount: null,
    })
    const countered = await Notification.query()
      .where('user_id', brand.user.id)
      .where('type', 'ad_request.countered')
      .firstOrFail()
    assert.equal(countered.data.amount, 80_000)

    const own = await act(client, creator.token, request.id, 'accept')
    own.assertStatus(409)
    assert.equal(firstError(own.body())?.code, 'E_OWN_OFFER')

    ;(await counter(client, brand.token, request.id, 65_000)).assertStatus(201)
    const brandOwn = await act(client, brand.token, request.id, 'accept')
    brandOwn.assertStatus(409)
    assert.equal(firstError(brandOwn.body())?.code, 'E_OWN_OFFER')

    const accepted = await act(client, creator.token, request.id, 'accept')
    accepted.assertStatus(200)
    assert.containsSubset(accepted.body().data, {
      status: 'accepted',
      paymentAmount: 65_000,
      agreedAmount: 65_000,
    })
    assert.isString(accepted.body().data.respondedAt)
    assert.equal(
      (
        await Notification.query()
          .where('user_id', brand.user.id)
          .where('type', 'ad_request.accepted')
          .firstOrFail()
      ).data.adRequestId,
      request.id
    )

    for (const token of [brand.token, creator.token]) {
      const history = await client.get(`${API}/ad-requests/${request.id}/offers`).bearerToken(token)
      history.assertStatus(200)
      const offers = history.body().data.map((o: any) => ({
        authorId: o.authorId,
        kind: o.kind,
        amount: o.amount,
        message: o.message,
      }))
      assert.deepEqual(offers, [
        { authorId: brand.user.id, kind: 'initial', amount: 50_000, message: null },
        {
          authorId: creator.user.id,
          kind: 'counter',
          amount: 80_000,
          message: 'My rate for two videos',
        },
        { authorId: brand.user.id, kind: 'counter', amount: 65_000, message: null },
        { authorId: creator.user.id, kind: 'accept', amount: 65_000, message: null },
      ])
      for (const offer of history.body().data)
        assert.isTrue(DateTime.fromISO(offer.createdAt).isValid)
      const offerIds = history.body().data.map((o: { id: number }) => o.id)
      assert.deepEqual(
        offerIds,
        [...offerIds].sort((a, b) => a - b)
      )
    }
  })

  test('offers are validated', async ({ client, assert }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const request = await invite(
      client,
      brand.token,
      (await campaignFor(brand.user)).id,
      creator.user.id
    )
    for (const amount of [0, -10, 99.5, 'lots']) {
      const res = await client
        .post(`${API}/ad-requests/${request.id}/offers`)
        .bearerToken(creator.token)
        .json({ amount })
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, 'amount')
    }
  })

  test('illegal transitions are refused with 409', async ({ client, assert }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 20_000)

    const early = await act(client, brand.token, request.id, 'complete')
    early.assertStatus(409)
    assert.deepEqual(early.body().errors, [
      {
        code: 'E_INVALID_TRANSITION',
        message: 'You cannot complete an ad request that is pending',
      },
    ])

    const rejected = await act(client, creator.token, request.id, 'reject', {
      reason: 'Not my audience',
    })
    rejected.assertStatus(200)
    assert.containsSubset(rejected.body().data, {
      status: 'rejected',
      rejectionReason: 'Not my audience',
      agreedAmount: null,
    })
    assert.isNotNull(
      await Notification.query()
        .where('user_id', brand.user.id)
        .where('type', 'ad_request.rejected')
        .first()
    )

    const conflicts = [
      await act(client, brand.token, request.id, 'accept'),
      await act(client, creator.token, request.id, 'accept'),
      await counter(client, brand.token, request.id, 30_000),
      await act(client, brand.token, request.id, 'reject'),
      await act(client, brand.token, request.id, 'complete'),
    ]
    for (const res of conflicts) {
      res.assertStatus(409)
      assert.equal(firstError(res.body())?.code, 'E_INVALID_TRANSITION')
    }
    assert.equal((await AdRequest.findOrFail(request.id)).status, 'rejected')
  })

  test('an accepted ad request can no longer be countered or rejected; only the brand completes it', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 20_000)
    ;(await act(client, creator.token, request.id, 'accept')).assertStatus(200)

    for (const res of [
      await counter(client, creator.token, request.id, 25_000),
      await counter(client, brand.token, request.id, 15_000),
      await act(client, creator.token, request.id, 'reject'),
      await act(client, brand.token, request.id, 'accept'),
    ]) {
      res.assertStatus(409)
      assert.equal(firstError(res.body())?.code, 'E_INVALID_TRANSITION')
    }

    const byCreator = await act(client, creator.token, request.id, 'complete')
    byCreator.assertStatus(403)
    assert.equal(
      firstError(byCreator.body())?.message,
      'Only the brand marks an ad request completed'
    )

    const done = await act(client, brand.token, request.id, 'complete')
    done.assertStatus(200)
    assert.containsSubset(done.body().data, { status: 'completed', agreedAmount: 20_000 })
    assert.isString(done.body().data.completedAt)
    assert.isNotNull(
      await Notification.query()
        .where('user_id', creator.user.id)
        .where('type', 'ad_request.completed')
        .first()
    )

    const again = await act(client, brand.token, request.id, 'complete')
    again.assertStatus(409)
    assert.equal(firstError(again.body())?.code, 'E_INVALID_TRANSITION')
  })

  test('an influencer’s application is accepted by the brand', async ({ client, assert }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const applied = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(creator.token)
      .json({ ...terms, paymentAmount: 12_345 })
    const id = applied.body().data.id

    ;(await act(client, creator.token, id, 'accept')).assertStatus(409)
    const accepted = await act(client, brand.token, id, 'accept')
    accepted.assertStatus(200)
    assert.containsSubset(accepted.body().data, { status: 'accepted', agreedAmount: 12_345 })
  })

  test('a completed campaign takes no new invitations and no more accepts', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const invited = await actor('influencer')
    const late = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const request = await invite(client, brand.token, campaign.id, invited.user.id)
    ;(
      await client
        .patch(`${API}/campaigns/${campaign.id}`)
        .bearerToken(brand.token)
        .json({ status: 'completed' })
    ).assertStatus(200)

    const invitation = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(brand.token)
      .json({ influencerId: late.user.id, ...terms, paymentAmount: 1_000 })
    invitation.assertStatus(409)
    assert.equal(firstError(invitation.body())?.code, 'E_CAMPAIGN_COMPLETED')

    const accept = await act(client, invited.token, request.id, 'accept')
    accept.assertStatus(409)
    assert.equal(firstError(accept.body())?.code, 'E_CAMPAIGN_COMPLETED')
    assert.equal((await AdRequest.findOrFail(request.id)).status, 'pending')
  })

  test('accepting past the campaign budget is a 409 that says what is left', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const first = await actor('influencer')
    const second = await actor('influencer')
    const campaign = await campaignFor(brand.user, { budget: 1_000 })
    const a = await invite(client, brand.token, campaign.id, first.user.id, 600)
    const b = await invite(client, brand.token, campaign.id, second.user.id, 600)

    ;(await act(client, first.token, a.id, 'accept')).assertStatus(200)
    const over = await act(client, second.token, b.id, 'accept')
    over.assertStatus(409)
    assert.deepEqual(over.body().errors, [
      {
        code: 'E_BUDGET_EXCEEDED',
        message: 'Accepting 600 would exceed the campaign budget: 400 of 1000 is left',
      },
    ])
    assert.equal((await AdRequest.findOrFail(b.id)).status, 'pending')

    // A counter-offer that fits can still be accepted.
    ;(await counter(client, second.token, b.id, 400)).assertStatus(201)
    const fits = await act(client, brand.token, b.id, 'accept')
    fits.assertStatus(200)
    assert.equal(fits.body().data.agreedAmount, 400)
  })
})

/**
 * Runs outside the global transaction (which would serialise the requests):
 * the rows are committed and removed at the end.
 */
test.group('marketplace / ad requests: concurrent accepts', () => {
  test('parallel accepts never commit more than the campaign budget', async ({
    client,
    assert,
    cleanup,
  }) => {
    const brand = await actor('sponsor')
    const creators = await Promise.all([1, 2, 3, 4, 5].map(() => actor('influencer')))
    cleanup(async () => {
      await User.query()
        .whereIn('id', [brand.user.id, ...creators.map((c) => c.user.id)])
        .delete()
    })
    const campaign = await campaignFor(brand.user, { budget: 1_000 })
    const requests = []
    for (const creator of creators)
      requests.push(await invite(client, brand.token, campaign.id, creator.user.id, 300))

    const results = await Promise.all(
      requests.map((request, i) => act(client, creators[i].token, request.id, 'accept'))
    )

    const statuses = results.map((res) => res.status())
    assert.equal(statuses.filter((s) => s === 200).length, 3, `statuses: ${statuses.join(', ')}`)
    const refused = results.filter((res) => res.status() === 409)
    assert.lengthOf(refused, 2)
    for (const res of refused) assert.equal(firstError(res.body())?.code, 'E_BUDGET_EXCEEDED')

    const rows = await db
      .from('ad_requests')
      .where('campaign_id', campaign.id)
      .select('status', 'agreed_amount')
    const accepted = rows.filter((row) => row.status === 'accepted')
    assert.lengthOf(accepted, 3)
    const committed = accepted.reduce((sum, row) => sum + Number(row.agreed_amount), 0)
    assert.equal(committed, 900)
    assert.isAtMost(committed, campaign.budget)
    assert.sameMembers(
      rows.filter((row) => row.status !== 'accepted').map((row) => row.status),
      ['pending', 'pending']
    )
  }).timeout(20_000)
})

test.group('marketplace / ad requests: an accept racing the campaign delete', () => {
  test('either the deal is accepted and the campaign stays (409), or the campaign goes and the accept finds nothing (404)', async ({
    client,
    assert,
    cleanup,
  }) => {
    const brand = await actor('sponsor')
    const creators = await Promise.all(Array.from({ length: 8 }, () => actor('influencer')))
    cleanup(async () => {
      await User.query()
        .whereIn('id', [brand.user.id, ...creators.map((c) => c.user.id)])
        .delete()
    })
    for (const creator of creators) {
      const campaign = await campaignFor(brand.user, { budget: 1_000 })
      const request = await invite(client, brand.token, campaign.id, creator.user.id, 300)
      const [accepted, deleted] = await Promise.all([
        act(client, creator.token, request.id, 'accept'),
        client.delete(`${API}/campaigns/${campaign.id}`).bearerToken(brand.token),
      ])
      const outcome = `${accepted.status()}/${deleted.status()}`
      assert.oneOf(outcome, ['200/409', '404/204'])
      const stored = await AdRequest.find(request.id)
      if (outcome === '200/409') assert.equal(stored?.status, 'accepted')
      else assert.isNull(stored)
    }
  }).timeout(30_000)
})

test.group('marketplace / ad requests: an accept racing a budget cut', () => {
  test('either the deal is accepted and the cut is refused, or the cut lands and the accept is over budget; never both', async ({
    client,
    assert,
    cleanup,
  }) => {
    const brand = await actor('sponsor')
    const creators = await Promise.all(Array.from({ length: 6 }, () => actor('influencer')))
    cleanup(async () => {
      await User.query()
        .whereIn('id', [brand.user.id, ...creators.map((c) => c.user.id)])
        .delete()
    })
    for (const creator of creators) {
      const campaign = await campaignFor(brand.user, { budget: 1_000 })
      const request = await invite(client, brand.token, campaign.id, creator.user.id, 600)
      const [accepted, cut] = await Promise.all([
        act(client, creator.token, request.id, 'accept'),
        client
          .patch(`${API}/campaigns/${campaign.id}`)
          .bearerToken(brand.token)
          .json({ budget: 500 }),
      ])
      const outcome = `${accepted.status()}/${cut.status()}`
      assert.oneOf(outcome, ['200/409', '409/200'])
      const stored = await db
        .from('campaigns')
        .where('id', campaign.id)
        .select('budget')
        .firstOrFail()
      const committed = await db
        .from('ad_requests')
        .where('campaign_id', campaign.id)
        .where('status', 'accepted')
        .sum('agreed_amount as total')
        .first()
      assert.isAtMost(Number(committed?.total ?? 0), Number(stored.budget))
      if (outcome === '200/409') {
        assert.equal(firstError(cut.body())?.code, 'E_BUDGET_BELOW_COMMITTED')
        assert.equal(Number(stored.budget), 1_000)
      } else {
        assert.equal(firstError(accepted.body())?.code, 'E_BUDGET_EXCEEDED')
        assert.equal(Number(stored.budget), 500)
      }
    }
  }).timeout(30_000)
})
