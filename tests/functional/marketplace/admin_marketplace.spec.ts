import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import Campaign from '#models/campaign'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, campaignFor, firstError, ids, invite, marker } from '#tests/support/marketplace'

const ADMIN = `${API}/admin`

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)

test.group('admin / marketplace', (group) => {
  isolate(group)

  test('only admins reach the marketplace admin routes (403 for everyone else)', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const campaign = await campaignFor(brand.user)
    for (const persona of ['sponsor', 'influencer', 'shopper', 'pendingSponsor'] as const) {
      const { token } = await actor(persona)
      const responses = [
        await client.get(`${ADMIN}/campaigns`).bearerToken(token),
        await client.get(`${ADMIN}/ad-requests`).bearerToken(token),
        await client
          .post(`${ADMIN}/campaigns/${campaign.id}/flag`)
          .bearerToken(token)
          .json({ reason: 'Looks fake' }),
        await client.post(`${ADMIN}/campaigns/${campaign.id}/unflag`).bearerToken(token).json({}),
      ]
      for (const res of responses) {
        res.assertStatus(403)
        assert.equal(firstError(res.body())?.code, 'E_FORBIDDEN')
      }
    }
    ;(await client.get(`${ADMIN}/campaigns`)).assertStatus(401)
    await campaign.refresh()
    assert.isNull(campaign.flaggedAt)
  })

  test('lists every campaign platform-wide with filters', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const tag = marker()
    const brand = await actor('sponsor')
    const other = await actor('sponsor')
    const live = await campaignFor(brand.user, { name: `Live ${tag}` })
    const draft = await campaignFor(brand.user, { name: `Draft ${tag}`, status: 'draft' })
    const secret = await campaignFor(brand.user, {
      name: `Secret ${tag}`,
      visibility: 'private',
      status: 'paused',
    })
    const foreign = await campaignFor(other.user, { name: `Foreign ${tag}` })

    const list = async (filters: Record<string, string | number>) => {
      const res = await client.get(`${ADMIN}/campaigns`).qs(filters).bearerToken(token)
      res.assertStatus(200)
      return sorted(ids(res.body()))
    }

    assert.deepEqual(
      await list({ sponsorId: brand.user.id }),
      sorted([live.id, draft.id, secret.id])
    )
    assert.deepEqual(
      await list({ q: tag.toUpperCase() }),
      sorted([live.id, draft.id, secret.id, foreign.id])
    )
    assert.deepEqual(await list({ q: `secret ${tag}` }), [secret.id])
    assert.deepEqual(await list({ sponsorId: brand.user.id, status: 'draft' }), [draft.id])
    assert.deepEqual(await list({ sponsorId: brand.user.id, visibility: 'private' }), [secret.id])
    assert.deepEqual(
      await list({ q: tag, flagged: 'false' }),
      sorted([live.id, draft.id, secret.id, foreign.id])
    )
    assert.deepEqual(await list({ q: tag, flagged: 'true' }), [])

    const paged = await client
      .get(`${ADMIN}/campaigns`)
      .qs({ q: tag, perPage: 3, page: 2 })
      .bearerToken(token)
    assert.deepEqual(paged.body().meta, { page: 2, perPage: 3, total: 4, lastPage: 2 })
    assert.deepEqual(ids(paged.body()), [live.id])

    const bad = await client
      .get(`${ADMIN}/campaigns`)
      .qs({ status: 'archived', visibility: 'hidden' })
      .bearerToken(token)
    bad.assertStatus(422)
    assert.sameMembers(
      bad.body().errors.map((e: { field: string }) => e.field),
      ['status', 'visibility']
    )
  })

  test('lists every ad request platform-wide with filters', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const brand = await actor('sponsor')
    const other = await actor('sponsor')
    const ann = await actor('influencer')
    const bob = await actor('influencer')
    const spring = await campaignFor(brand.user)
    const autumn = await campaignFor(brand.user)
    const foreignCampaign = await campaignFor(other.user)
    const a = await invite(client, brand.token, spring.id, ann.user.id)
    const b = await invite(client, brand.token, spring.id, bob.user.id)
    const c = await invite(client, brand.token, autumn.id, ann.user.id)
    const d = await invite(client, other.token, foreignCampaign.id, bob.user.id)
    ;(await client.post(`${API}/ad-requests/${b.id}/accept`).bearerToken(bob.token)).assertStatus(
      200
    )

    const list = async (filters: Record<string, string | number>) => {
      const res = await client.get(`${ADMIN}/ad-requests`).qs(filters).bearerToken(token)
      res.assertStatus(200)
      return sorted(ids(res.body()))
    }

    assert.deepEqual(await list({ sponsorId: brand.user.id }), sorted([a.id, b.id, c.id]))
    assert.deepEqual(await list({ campaignId: spring.id }), sorted([a.id, b.id]))
    assert.deepEqual(await list({ influencerId: bob.user.id }), sorted([b.id, d.id]))
    assert.deepEqual(await list({ sponsorId: brand.user.id, status: 'accepted' }), [b.id])
    assert.deepEqual(
      await list({ influencerId: ann.user.id, status: 'pending' }),
      sorted([a.id, c.id])
    )
    assert.deepEqual(await list({ influencerId: ann.user.id, campaignId: autumn.id }), [c.id])

    const one = await client
      .get(`${ADMIN}/ad-requests`)
      .qs({ campaignId: spring.id, status: 'accepted' })
      .bearerToken(token)
    assert.containsSubset(one.body().data[0], {
      id: b.id,
      status: 'accepted',
      agreedAmount: 50_000,
      campaign: { id: spring.id },
    })
    assert.deepEqual(one.body().meta, { page: 1, perPage: 20, total: 1, lastPage: 1 })

    const bad = await client.get(`${ADMIN}/ad-requests`).qs({ status: 'lost' }).bearerToken(token)
    bad.assertStatus(422)
    assert.equal(firstError(bad.body())?.field, 'status')
  })

  test('flagging a campaign needs a reason, is audited and hides it from browsing until unflagged', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const niche = marker()
    const campaign = await campaignFor(brand.user, { niche })
    const browse = async () =>
      ids((await client.get(`${API}/campaigns`).qs({ niche }).bearerToken(creator.token)).body())
    assert.deepEqual(await browse(), [campaign.id])

    const noReason = await client
      .post(`${ADMIN}/campaigns/${campaign.id}/flag`)
      .bearerToken(admin.token)
      .json({})
    noReason.assertStatus(422)
    assert.equal(firstError(noReason.body())?.field, 'reason')
    const tooShort = await client
      .post(`${ADMIN}/campaigns/${campaign.id}/flag`)
      .bearerToken(admin.token)
      .json({ reason: 'x' })
    tooShort.assertStatus(422)

    const flagged = await client
      .post(`${ADMIN}/campaigns/${campaign.id}/flag`)
      .bearerToken(admin.token)
      .json({ reason: 'Misleading health claims' })
    flagged.assertStatus(200)
    assert.containsSubset(flagged.body().data, { id: campaign.id, flagged: true })
    await campaign.refresh()
    assert.isNotNull(campaign.flaggedAt)
    assert.equal(campaign.flagReason, 'Misleading health claims')

    const audit = await AuditLog.query()
      .where('action', 'campaign.flag')
      .where('target_id', String(campaign.id))
      .firstOrFail()
    assert.equal(audit.actorId, admin.user.id)
    assert.equal(audit.targetType, 'campaign')
    assert.deepEqual(audit.details, { reason: 'Misleading health claims' })

    assert.deepEqual(await browse(), [])
    ;(await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(creator.token)).assertStatus(
      404
    )
    const applied = await client
      .post(`${API}/campaigns/${campaign.id}/ad-requests`)
      .bearerToken(creator.token)
      .json({ requirements: 'r', deliverables: 'd', paymentAmount: 100 })
    applied.assertStatus(404)
    const ownerView = await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(brand.token)
    ownerView.assertStatus(200)
    assert.isTrue(ownerView.body().data.flagged)
    const flaggedList = await client
      .get(`${ADMIN}/campaigns`)
      .qs({ sponsorId: brand.user.id, flagged: 'true' })
      .bearerToken(admin.token)
    assert.deepEqual(ids(flaggedList.body()), [campaign.id])

    const twice = await client
      .post(`${ADMIN}/campaigns/${campaign.id}/flag`)
      .bearerToken(admin.token)
      .json({ reason: 'Still misleading' })
    twice.assertStatus(409)
    assert.equal(firstError(twice.body())?.code, 'E_INVALID_STATE')

    const unflagged = await client
      .post(`${ADMIN}/campaigns/${campaign.id}/unflag`)
      .bearerToken(admin.token)
      .json({})
    unflagged.assertStatus(200)
    assert.isFalse(unflagged.body().data.flagged)
    const restored = await Campaign.findOrFail(campaign.id)
    assert.isNull(restored.flaggedAt)
    assert.isNull(restored.flagReason)
    assert.isNotNull(
      await AuditLog.query()
        .where('action', 'campaign.unflag')
        .where('target_id', String(campaign.id))
        .first()
    )
    assert.deepEqual(await browse(), [campaign.id])

    const notFlagged = await client
      .post(`${ADMIN}/campaigns/${campaign.id}/unflag`)
      .bearerToken(admin.token)
      .json({})
    notFlagged.assertStatus(409)
    ;(
      await client
        .post(`${ADMIN}/campaigns/999999999/flag`)
        .bearerToken(admin.token)
        .json({ reason: 'Ghost campaign' })
    ).assertStatus(404)
  })
})
