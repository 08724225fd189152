import type { Json } from '#tests/support/json'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import AdRequest from '#models/ad_request'
import Message from '#models/message'
import NegotiationOffer from '#models/negotiation_offer'
import Product from '#models/product'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, campaignFor, firstError, invite } from '#tests/support/marketplace'
import { addToCart, checkout, productFor, shopper } from '#tests/support/commerce'
import type { Assert } from '@japa/assert'

type Actor = Awaited<ReturnType<typeof actor>>

const terms = { requirements: 'One reel per week', deliverables: '4 reels' }

/** A brand and an influencer with an invitation (the brand's offer on the table) and their conversation open. */
async function deal(client: ApiClient) {
  const brand = await actor('sponsor')
  const creator = await actor('influencer')
  const campaign = await campaignFor(brand.user)
  const request = await invite(client, brand.token, campaign.id, creator.user.id, 20_000)
  const opened = await client
    .post(`${API}/conversations`)
    .bearerToken(brand.token)
    .json({ participantId: creator.user.id })
  opened.assertStatus(200)
  return { brand, creator, campaign, request, conversationId: opened.body().data.id as number }
}

async function setBlocked(client: ApiClient, target: Actor, blocked: boolean) {
  const admin = await actor('admin')
  const res = await client
    .post(`${API}/admin/users/${target.user.id}/${blocked ? 'block' : 'unblock'}`)
    .bearerToken(admin.token)
    .json(blocked ? { reason: 'Spam reports' } : {})
  res.assertStatus(200)
}

async function deleteAccount(client: ApiClient, who: Actor) {
  ;(
    await client
      .delete(`${API}/auth/me`)
      .bearerToken(who.token)
      .json({ password: FACTORY_PASSWORD })
  ).assertStatus(204)
}

const offer = (client: ApiClient, who: Actor, id: number, amount: number) =>
  client.post(`${API}/ad-requests/${id}/offers`).bearerToken(who.token).json({ amount })
const accept = (client: ApiClient, who: Actor, id: number) =>
  client.post(`${API}/ad-requests/${id}/accept`).bearerToken(who.token)
const complete = (client: ApiClient, who: Actor, id: number) =>
  client.post(`${API}/ad-requests/${id}/complete`).bearerToken(who.token)
const send = (client: ApiClient, who: Actor, conversationId: number, body: string) =>
  client
    .post(`${API}/conversations/${conversationId}/messages`)
    .bearerToken(who.token)
    .json({ body })

function assertRefused(
  assert: Assert,
  res: { status(): number; body(): Json },
  code: string,
  party: 'brand' | 'influencer'
) {
  assert.equal(res.status(), 409)
  const error = firstError(res.body())
  assert.equal(error?.code, code)
  assert.match(error?.message ?? '', new RegExp(`^The ${party} (is blocked|deleted their account)`))
}

test.group('marketplace / blocked or deleted counterpart', (group) => {
  isolate(group)

  test('while a brand is blocked its influencer cannot accept, counter or message; rejecting still works; unblocking resumes the deal', async ({
    client,
    assert,
  }) => {
    const { brand, creator, request, conversationId } = await deal(client)
    const other = await deal(client)
    await setBlocked(client, brand, true)

    assertRefused(
      assert,
      await accept(client, creator, request.id),
      'E_COUNTERPART_BLOCKED',
      'brand'
    )
    assertRefused(
      assert,
      await offer(client, creator, request.id, 25_000),
      'E_COUNTERPART_BLOCKED',
      'brand'
    )
    assertRefused(
      assert,
      await send(client, creator, conversationId, 'Still on?'),
      'E_COUNTERPART_BLOCKED',
      'brand'
    )
    assertRefused(
      assert,
      await client
        .post(`${API}/conversations`)
        .bearerToken(creator.token)
        .json({ participantId: brand.user.id }),
      'E_COUNTERPART_BLOCKED',
      'brand'
    )
    const untouched = await AdRequest.findOrFail(request.id)
    assert.equal(untouched.status, 'pending')
    assert.equal(untouched.paymentAmount, 20_000)
    assert.lengthOf(await NegotiationOffer.query().where('ad_request_id', request.id), 1)
    assert.isNull(await Message.findBy('conversationId', conversationId))

    // Reading what exists and declining stay open.
    ;(await client.get(`${API}/ad-requests/${request.id}`).bearerToken(creator.token)).assertStatus(
      200
    )
    ;(
      await client.get(`${API}/conversations/${conversationId}/messages`).bearerToken(creator.token)
    ).assertStatus(200)
    const declined = await client
      .post(`${API}/ad-requests/${other.request.id}/reject`)
      .bearerToken(other.creator.token)
      .json({})
    declined.assertStatus(200)

    await setBlocked(client, brand, false)
    ;(await send(client, creator, conversationId, 'Welcome back')).assertStatus(201)
    const accepted = await accept(client, creator, request.id)
    accepted.assertStatus(200)
    assert.equal(accepted.body().data.status, 'accepted')
  })

  test('while an influencer is blocked its brand cannot counter, accept or complete', async ({
    client,
    assert,
  }) => {
    const { brand, creator, request } = await deal(client)
    const done = await deal(client)
    ;(await accept(client, done.creator, done.request.id)).assertStatus(200)
    ;(await offer(client, creator, request.id, 30_000)).assertStatus(201)
    await setBlocked(client, creator, true)
    await setBlocked(client, done.creator, true)

    assertRefused(
      assert,
      await accept(client, brand, request.id),
      'E_COUNTERPART_BLOCKED',
      'influencer'
    )
    assertRefused(
      assert,
      await offer(client, brand, request.id, 25_000),
      'E_COUNTERPART_BLOCKED',
      'influencer'
    )
    assertRefused(
      assert,
      await complete(client, done.brand, done.request.id),
      'E_COUNTERPART_BLOCKED',
      'influencer'
    )
    assert.equal((await AdRequest.findOrFail(request.id)).status, 'negotiating')
    assert.equal((await AdRequest.findOrFail(done.request.id)).status, 'accepted')

    // A blocked influencer is not invited either (no such active influencer).
    const campaign = await campaignFor(brand.user)
    const invited = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(brand.token)
      .json({ influencerId: creator.user.id, ...terms, paymentAmount: 1_000 })
    invited.assertStatus(422)
    assert.equal(firstError(invited.body())?.field, 'influencerId')
  })

  test('after a party deletes its account nothing moves forward with it, and its campaigns take no applications', async ({
    client,
    assert,
  }) => {
    const leavingCreator = await deal(client)
    ;(await accept(client, leavingCreator.creator, leavingCreator.request.id)).assertStatus(200)
    await deleteAccount(client, leavingCreator.creator)
    assertRefused(
      assert,
      await complete(client, leavingCreator.brand, leavingCreator.request.id),
      'E_COUNTERPART_DELETED',
      'influencer'
    )
    assertRefused(
      assert,
      await send(client, leavingCreator.brand, leavingCreator.conversationId, 'Invoice?'),
      'E_COUNTERPART_DELETED',
      'influencer'
    )
    assert.equal((await AdRequest.findOrFail(leavingCreator.request.id)).status, 'accepted')

    const campaign = await campaignFor(leavingCreator.brand.user)
    const invited = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(leavingCreator.brand.token)
      .json({ influencerId: leavingCreator.creator.user.id, ...terms, paymentAmount: 1_000 })
    invited.assertStatus(422)
    assert.equal(firstError(invited.body())?.field, 'influencerId')

    const leavingBrand = await deal(client)
    await deleteAccount(client, leavingBrand.brand)
    assertRefused(
      assert,
      await send(client, leavingBrand.creator, leavingBrand.conversationId, 'Hello?'),
      'E_COUNTERPART_DELETED',
      'brand'
    )

    const applicant = await actor('influencer')
    const orphan = await campaignFor(leavingBrand.brand.user, { name: 'Left behind' })
    const applied = await client
      .post(`${API}/campaigns/${orphan.id}/ad-requests`)
      .bearerToken(applicant.token)
      .json({ ...terms, paymentAmount: 1_000 })
    applied.assertStatus(404)
    const browse = await client
      .get(`${API}/campaigns`)
      .qs({ q: 'Left behind', perPage: 100 })
      .bearerToken(applicant.token)
    browse.assertStatus(200)
    assert.notInclude(
      browse.body().data.map((c: { id: number }) => c.id),
      orphan.id
    )
  })

  test("a blocked brand's products cannot be added to a cart or checked out, and checkout says they are no longer sold", async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const product = await productFor({ brandId: brand.user.id, stock: 5 })
    const buyer = await shopper(client)
    await addToCart(client, buyer.token, product.id, 2)
    await setBlocked(client, brand, true)

    const again = await client
      .post(`${API}/cart/items`)
      .bearerToken(buyer.token)
      .json({ productId: product.id, quantity: 1 })
    again.assertStatus(404)
    const res = await checkout(client, buyer.token, buyer.addressId)
    res.assertStatus(409)
    assert.deepEqual(res.body().errors, [
      {
        code: 'E_PRODUCT_UNAVAILABLE',
        message: 'The products in your cart are no longer sold; add others and try again',
      },
    ])
    assert.equal((await Product.findOrFail(product.id)).stock, 5)
  })
})
