import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Notification from '#models/notification'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, campaignFor, firstError, invite } from '#tests/support/marketplace'

const edit = (client: ApiClient, token: string, id: number, body: Record<string, unknown>) =>
  client.patch(`${API}/ad-requests/${id}`).bearerToken(token).json(body)
const withdraw = (
  client: ApiClient,
  token: string,
  id: number,
  body: Record<string, unknown> = {}
) => client.post(`${API}/ad-requests/${id}/withdraw`).bearerToken(token).json(body)
const history = async (client: ApiClient, token: string, id: number) => {
  const res = await client.get(`${API}/ad-requests/${id}/offers`).bearerToken(token)
  res.assertStatus(200)
  return res.body().data as {
    kind: string
    amount: number
    message: string | null
    changes: Record<string, unknown> | null
    authorId: number
  }[]
}

test.group('marketplace / ad requests: the brand edits pending terms', (group) => {
  isolate(group)

  test('the brand changes the terms; the influencer is notified, the history keeps the edit, and the new amount waits for the influencer', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { name: 'Spring drop' })
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 50_000)

    const res = await edit(client, brand.token, request.id, {
      paymentAmount: 65_000,
      deliverables: '5 reels',
      message: 'One more reel, more pay',
    })
    res.assertStatus(200)
    assert.containsSubset(res.body().data, {
      paymentAmount: 65_000,
      deliverables: '5 reels',
      requirements: 'One reel per week',
      status: 'pending',
      lastOfferBy: brand.user.id,
    })

    const notification = await Notification.query()
      .where('user_id', creator.user.id)
      .where('type', 'ad_request.updated')
      .firstOrFail()
    assert.include(notification.title, 'Spring drop')
    assert.containsSubset(notification.data, { adRequestId: request.id, amount: 65_000 })

    const steps = await history(client, creator.token, request.id)
    assert.deepEqual(
      steps.map((step) => [step.kind, step.amount]),
      [
        ['initial', 50_000],
        ['edit', 65_000],
      ]
    )
    assert.deepEqual(steps[1].changes, { paymentAmount: 65_000, deliverables: '5 reels' })
    assert.equal(steps[1].message, 'One more reel, more pay')
    assert.isNull(steps[0].changes)

    const own = await client
      .post(`${API}/ad-requests/${request.id}/accept`)
      .bearerToken(brand.token)
    own.assertStatus(409)
    assert.equal(firstError(own.body())?.code, 'E_OWN_OFFER')
    const accepted = await client
      .post(`${API}/ad-requests/${request.id}/accept`)
      .bearerToken(creator.token)
    accepted.assertStatus(200)
    assert.equal(accepted.body().data.agreedAmount, 65_000)
  })

  test('an edited amount still has to fit the campaign budget when accepted', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { budget: 1_000 })
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 500)
    ;(await edit(client, brand.token, request.id, { paymentAmount: 1_500 })).assertStatus(200)
    const accepted = await client
      .post(`${API}/ad-requests/${request.id}/accept`)
      .bearerToken(creator.token)
    accepted.assertStatus(409)
    assert.equal(firstError(accepted.body())?.code, 'E_BUDGET_EXCEEDED')
  })

  test('only the brand edits, only while pending, and only with a real change', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const otherBrand = await actor('sponsor')
    const campaign = await campaignFor(brand.user)
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 50_000)

    const byInfluencer = await edit(client, creator.token, request.id, { paymentAmount: 90_000 })
    byInfluencer.assertStatus(403)
    ;(await edit(client, otherBrand.token, request.id, { paymentAmount: 90_000 })).assertStatus(404)
    ;(
      await client.patch(`${API}/ad-requests/${request.id}`).json({ paymentAmount: 90_000 })
    ).assertStatus(401)
    ;(await edit(client, brand.token, 999_999_999, { paymentAmount: 90_000 })).assertStatus(404)
    ;(await edit(client, brand.token, 0, { paymentAmount: 90_000 })).assertStatus(404)

    for (const body of [
      { paymentAmount: 0 },
      { paymentAmount: 'lots' },
      { paymentAmount: 1.5 },
      { deliverables: 'x'.repeat(5001) },
      { influencerId: 5 },
      { requirements: 'x'.repeat(5001) },
    ]) {
      const bad = await edit(client, brand.token, request.id, body)
      bad.assertStatus(422)
      assert.equal(firstError(bad.body())?.field, Object.keys(body)[0])
    }
    for (const body of [{}, { message: 'just saying hi' }, { paymentAmount: 50_000 }]) {
      const nothing = await edit(client, brand.token, request.id, body)
      nothing.assertStatus(422)
      assert.equal(firstError(nothing.body())?.code, 'E_NOTHING_TO_CHANGE')
    }

    ;(
      await client
        .post(`${API}/ad-requests/${request.id}/offers`)
        .bearerToken(creator.token)
        .json({ amount: 60_000 })
    ).assertStatus(201)
    const negotiating = await edit(client, brand.token, request.id, { paymentAmount: 55_000 })
    negotiating.assertStatus(409)
    assert.equal(firstError(negotiating.body())?.code, 'E_INVALID_TRANSITION')
    assert.deepEqual(
      (await history(client, brand.token, request.id)).map((step) => step.kind),
      ['initial', 'counter']
    )
  })
})

test.group('marketplace / ad requests: withdrawal', (group) => {
  isolate(group)

  test('the brand withdraws its invitation; the influencer is notified and the history keeps it', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { name: 'Autumn' })
    const request = await invite(client, brand.token, campaign.id, creator.user.id)

    const res = await withdraw(client, brand.token, request.id, {
      reason: 'Budget moved to next quarter',
    })
    res.assertStatus(200)
    assert.equal(res.body().data.status, 'withdrawn')
    const notification = await Notification.query()
      .where('user_id', creator.user.id)
      .where('type', 'ad_request.withdrawn')
      .firstOrFail()
    assert.include(notification.title, 'Autumn')

    const steps = await history(client, creator.token, request.id)
    assert.deepEqual(
      steps.map((step) => [step.kind, step.message]),
      [
        ['initial', null],
        ['withdraw', 'Budget moved to next quarter'],
      ]
    )
    const shown = await client.get(`${API}/ad-requests/${request.id}`).bearerToken(creator.token)
    assert.equal(shown.body().data.status, 'withdrawn')
    const listed = await client
      .get(`${API}/ad-requests`)
      .qs({ status: 'withdrawn' })
      .bearerToken(brand.token)
    assert.deepEqual(
      listed.body().data.map((row: { id: number }) => row.id),
      [request.id]
    )

    const again = await withdraw(client, brand.token, request.id)
    again.assertStatus(409)
    assert.equal(firstError(again.body())?.code, 'E_INVALID_TRANSITION')
    const accept = await client
      .post(`${API}/ad-requests/${request.id}/accept`)
      .bearerToken(creator.token)
    accept.assertStatus(409)

    // The withdrawn request is history: the brand may invite the same creator again, once.
    const renewed = await invite(client, brand.token, campaign.id, creator.user.id, 60_000)
    assert.notEqual(renewed.id, request.id)
    assert.equal(renewed.status, 'pending')
    const twice = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(brand.token)
      .json({
        influencerId: creator.user.id,
        requirements: 'r',
        deliverables: 'd',
        paymentAmount: 1_000,
      })
    twice.assertStatus(409)
    assert.equal(firstError(twice.body())?.code, 'E_AD_REQUEST_EXISTS')
    const both = await client
      .get(`${API}/ad-requests`)
      .qs({ campaignId: campaign.id })
      .bearerToken(creator.token)
    assert.sameMembers(
      both.body().data.map((row: { id: number; status: string }) => [row.id, row.status].join()),
      [`${request.id},withdrawn`, `${renewed.id},pending`]
    )
  })

  test('an influencer withdraws its application; the brand cannot withdraw it for them', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const applied = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(creator.token)
      .json({ requirements: 'r', deliverables: 'd', paymentAmount: 10_000 })
    applied.assertStatus(201)
    const id = applied.body().data.id

    const byBrand = await withdraw(client, brand.token, id)
    byBrand.assertStatus(403)
    ;(
      await client
        .post(`${API}/ad-requests/${id}/offers`)
        .bearerToken(brand.token)
        .json({ amount: 8_000 })
    ).assertStatus(201)
    const res = await withdraw(client, creator.token, id)
    res.assertStatus(200)
    assert.equal(res.body().data.status, 'withdrawn')
    assert.isNotNull(
      await Notification.query()
        .where('user_id', brand.user.id)
        .where('type', 'ad_request.withdrawn')
        .first()
    )
  })

  test('an accepted ad request is never withdrawn; strangers and bad input are refused', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const stranger = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const request = await invite(client, brand.token, campaign.id, creator.user.id)

    ;(await withdraw(client, stranger.token, request.id)).assertStatus(404)
    ;(await client.post(`${API}/ad-requests/${request.id}/withdraw`).json({})).assertStatus(401)
    ;(await withdraw(client, brand.token, 99_999_999_999)).assertStatus(404)
    const long = await withdraw(client, brand.token, request.id, { reason: 'x'.repeat(501) })
    long.assertStatus(422)
    assert.equal(firstError(long.body())?.field, 'reason')

    ;(
      await client.post(`${API}/ad-requests/${request.id}/accept`).bearerToken(creator.token)
    ).assertStatus(200)
    const accepted = await withdraw(client, brand.token, request.id)
    accepted.assertStatus(409)
    assert.equal(firstError(accepted.body())?.code, 'E_AD_REQUEST_ACCEPTED')
    const editAccepted = await edit(client, brand.token, request.id, { paymentAmount: 1 })
    editAccepted.assertStatus(409)
    assert.equal(firstError(editAccepted.body())?.code, 'E_INVALID_TRANSITION')
  })
})
