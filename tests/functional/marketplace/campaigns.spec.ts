import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Campaign from '#models/campaign'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { onSqlite } from '#tests/support/database'
import { actor } from '#tests/support/auth'
import {
  API,
  campaignBody,
  campaignFor,
  firstError,
  ids,
  invite,
  marker,
} from '#tests/support/marketplace'
import { sqlTime } from '#platform/db/time'

test.group('marketplace / campaigns: brands manage their own', (group) => {
  isolate(group)

  test('an approved brand creates a campaign, reads it back and finds it among its own', async ({
    client,
    assert,
  }) => {
    const { user, token } = await actor('sponsor')
    const res = await client.post(`${API}/campaigns`).bearerToken(token).json({
      name: '  Summer glow  ',
      description: 'Sunscreen reviews on the beach',
      niche: 'Beauty',
      budget: 250_000,
      startDate: '2030-06-01',
      endDate: '2030-08-31',
    })
    res.assertStatus(201)
    const created = res.body().data
    assert.containsSubset(created, {
      name: 'Summer glow',
      niche: 'beauty',
      goals: [],
      budget: 250_000,
      currency: 'USD',
      startDate: '2030-06-01',
      endDate: '2030-08-31',
      visibility: 'public',
      status: 'draft',
      flagged: false,
      sponsor: { id: user.id, role: 'sponsor' },
    })
    assert.notProperty(created.sponsor, 'email')

    const shown = await client.get(`${API}/campaigns/${created.id}`).bearerToken(token)
    shown.assertStatus(200)
    assert.equal(shown.body().data.id, created.id)

    const active = await client
      .post(`${API}/campaigns`)
      .bearerToken(token)
      .json(campaignBody({ name: 'Second one', goals: ['reach', 'sales'] }))
    active.assertStatus(201)
    assert.deepEqual(active.body().data.goals, ['reach', 'sales'])

    const mine = await client.get(`${API}/campaigns/mine`).bearerToken(token)
    mine.assertStatus(200)
    assert.deepEqual(ids(mine.body()), [active.body().data.id, created.id])
    assert.deepEqual(mine.body().meta, { page: 1, perPage: 20, total: 2, lastPage: 1 })
    const drafts = await client
      .get(`${API}/campaigns/mine`)
      .qs({ status: 'draft' })
      .bearerToken(token)
    assert.deepEqual(ids(drafts.body()), [created.id])
  })

  test('invalid campaigns are refused with 422 naming each field', async ({ client, assert }) => {
    const { token } = await actor('sponsor')
    const fields = async (body: Record<string, unknown>) => {
      const res = await client.post(`${API}/campaigns`).bearerToken(token).json(body)
      res.assertStatus(422)
      for (const error of res.body().errors) assert.equal(error.code, 'E_VALIDATION_ERROR')
      return res.body().errors.map((e: { field: string }) => e.field)
    }

    assert.sameMembers(await fields({}), [
      'name',
      'description',
      'niche',
      'budget',
      'startDate',
      'endDate',
    ])
    assert.sameMembers(await fields(campaignBody({ budget: 10.5 })), ['budget'])
    assert.sameMembers(await fields(campaignBody({ budget: 0 })), ['budget'])
    assert.sameMembers(await fields(campaignBody({ name: 'ab' })), ['name'])
    assert.sameMembers(await fields(campaignBody({ startDate: '01/03/2030' })), ['startDate'])
    assert.sameMembers(
      await fields(campaignBody({ startDate: '2030-06-01', endDate: '2030-05-31' })),
      ['endDate']
    )
    assert.sameMembers(await fields(campaignBody({ visibility: 'secret', status: 'completed' })), [
      'visibility',
      'status',
    ])
    assert.sameMembers(await fields(campaignBody({ currency: 'EURO' })), ['currency'])

    const sameDay = await client
      .post(`${API}/campaigns`)
      .bearerToken(token)
      .json(campaignBody({ startDate: '2030-06-01', endDate: '2030-06-01' }))
    sameDay.assertStatus(201)
  })

  test('a pending brand cannot create a campaign; influencers and shoppers cannot either', async ({
    client,
    assert,
  }) => {
    const pending = await actor('pendingSponsor')
    const res = await client
      .post(`${API}/campaigns`)
      .bearerToken(pending.token)
      .json(campaignBody())
    res.assertStatus(403)
    assert.deepEqual(res.body().errors, [
      { code: 'E_FORBIDDEN', message: 'Your brand account is pending approval' },
    ])
    assert.isNull(await Campaign.findBy('sponsorId', pending.user.id))

    for (const persona of ['influencer', 'shopper'] as const) {
      const { token } = await actor(persona)
      const refused = await client.post(`${API}/campaigns`).bearerToken(token).json(campaignBody())
      refused.assertStatus(403)
      assert.equal(firstError(refused.body())?.code, 'E_FORBIDDEN')
    }

    const anonymous = await client.post(`${API}/campaigns`).json(campaignBody())
    anonymous.assertStatus(401)
  })

  test('status moves draft → active → paused → active → completed, and completed is final', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('sponsor')
    const created = await client
      .post(`${API}/campaigns`)
      .bearerToken(token)
      .json(campaignBody({ status: 'draft' }))
    const id = created.body().data.id
    const patch = (body: Record<string, unknown>) =>
      client.patch(`${API}/campaigns/${id}`).bearerToken(token).json(body)

    const early = await patch({ status: 'paused' })
    early.assertStatus(409)
    assert.equal(firstError(early.body())?.code, 'E_INVALID_TRANSITION')
    assert.include(firstError(early.body())?.message, 'draft')

    for (const status of ['active', 'paused', 'active', 'completed']) {
      const res = await patch({ status })
      res.assertStatus(200)
      assert.equal(res.body().data.status, status)
    }

    for (const body of [
      { status: 'active' },
      { status: 'completed' },
      { name: 'Renamed after the end' },
      { budget: 1 },
    ]) {
      const res = await patch(body)
      res.assertStatus(409)
      assert.equal(firstError(res.body())?.code, 'E_CAMPAIGN_COMPLETED')
    }
    const stored = await Campaign.findOrFail(id)
    assert.equal(stored.status, 'completed')
    assert.equal(stored.name, 'Spring launch')
  })

  test('an active campaign cannot go back to draft', async ({ client, assert }) => {
    const { token } = await actor('sponsor')
    const created = await client
      .post(`${API}/campaigns`)
      .bearerToken(token)
      .json(campaignBody({ status: 'active' }))
    const res = await client
      .patch(`${API}/campaigns/${created.body().data.id}`)
      .bearerToken(token)
      .json({ status: 'draft' })
    res.assertStatus(409)
    assert.equal(firstError(res.body())?.code, 'E_INVALID_TRANSITION')
  })

  test('updates fields and dates, checking the end date against the stored start date', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('sponsor')
    const created = await client
      .post(`${API}/campaigns`)
      .bearerToken(token)
      .json(campaignBody({ startDate: '2030-03-01', endDate: '2030-05-31' }))
    const id = created.body().data.id
    const patch = (body: Record<string, unknown>) =>
      client.patch(`${API}/campaigns/${id}`).bearerToken(token).json(body)

    const updated = await patch({
      name: 'Autumn launch',
      niche: 'Travel',
      budget: 120_000,
      visibility: 'private',
      endDate: '2030-06-30',
    })
    updated.assertStatus(200)
    assert.containsSubset(updated.body().data, {
      name: 'Autumn launch',
      niche: 'travel',
      budget: 120_000,
      visibility: 'private',
      startDate: '2030-03-01',
      endDate: '2030-06-30',
    })

    const beforeStart = await patch({ endDate: '2030-02-28' })
    beforeStart.assertStatus(422)
    assert.deepEqual(beforeStart.body().errors, [
      {
        code: 'E_VALIDATION_ERROR',
        message: 'The end date must be on or after the start date',
        field: 'endDate',
      },
    ])
    const afterEnd = await patch({ startDate: '2030-07-01' })
    afterEnd.assertStatus(422)
    assert.equal(firstError(afterEnd.body())?.field, 'endDate')

    const both = await patch({ startDate: '2031-01-01', endDate: '2031-02-01' })
    both.assertStatus(200)
    assert.containsSubset(both.body().data, { startDate: '2031-01-01', endDate: '2031-02-01' })

    const invalid = await patch({ budget: -5, status: 'archived' })
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['budget', 'status']
    )
  })

  test('another brand cannot read, change or delete a private campaign (404)', async ({
    client,
    assert,
  }) => {
    const owner = await actor('sponsor')
    const other = await actor('sponsor')
    const campaign = await campaignFor(owner.user, { visibility: 'private' })

    const shown = await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(other.token)
    shown.assertStatus(404)
    assert.equal(firstError(shown.body())?.code, 'E_NOT_FOUND')
    ;(
      await client
        .patch(`${API}/campaigns/${campaign.id}`)
        .bearerToken(other.token)
        .json({ name: 'Hijacked' })
    ).assertStatus(404)
    ;(await client.delete(`${API}/campaigns/${campaign.id}`).bearerToken(other.token)).assertStatus(
      404
    )

    const influencer = await actor('influencer')
    ;(
      await client
        .patch(`${API}/campaigns/${campaign.id}`)
        .bearerToken(influencer.token)
        .json({ name: 'Hijacked' })
    ).assertStatus(404)

    await campaign.refresh()
    assert.equal(campaign.name, 'Setup campaign')
    ;(await client.get(`${API}/campaigns/999999999`).bearerToken(owner.token)).assertStatus(404)
  })

  test('the budget cannot drop below what accepted ad requests committed', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { budget: 100_000 })
    const request = await invite(client, brand.token, campaign.id, creator.user.id, 40_000)
    ;(
      await client.post(`${API}/ad-requests/${request.id}/accept`).bearerToken(creator.token)
    ).assertStatus(200)

    const below = await client
      .patch(`${API}/campaigns/${campaign.id}`)
      .bearerToken(brand.token)
      .json({ budget: 39_999 })
    below.assertStatus(409)
    assert.equal(firstError(below.body())?.code, 'E_BUDGET_BELOW_COMMITTED')
    assert.include(firstError(below.body())?.message, '40000')

    const exact = await client
      .patch(`${API}/campaigns/${campaign.id}`)
      .bearerToken(brand.token)
      .json({ budget: 40_000 })
    exact.assertStatus(200)
    assert.equal(exact.body().data.budget, 40_000)
  })

  test('the currency changes while the campaign has no ad request, then is locked (409 E_CURRENCY_LOCKED)', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user, { budget: 100_000 })
    const patch = (body: Record<string, unknown>) =>
      client.patch(`${API}/campaigns/${campaign.id}`).bearerToken(brand.token).json(body)

    const changed = await patch({ currency: 'eur', budget: 90_000 })
    changed.assertStatus(200)
    assert.containsSubset(changed.body().data, { currency: 'EUR', budget: 90_000 })
    assert.equal((await Campaign.findOrFail(campaign.id)).currency, 'EUR')
    const invalid = await patch({ currency: 'EURO' })
    invalid.assertStatus(422)
    assert.equal(firstError(invalid.body())?.field, 'currency')

    const request = await invite(client, brand.token, campaign.id, creator.user.id, 40_000)
    assert.equal(
      (await client.get(`${API}/ad-requests/${request.id}`).bearerToken(creator.token)).body().data
        .campaign.currency,
      'EUR'
    )
    const locked = await patch({ currency: 'USD' })
    locked.assertStatus(409)
    assert.deepEqual(locked.body().errors, [
      {
        code: 'E_CURRENCY_LOCKED',
        message:
          'The currency cannot change once the campaign has ad requests: their amounts are in EUR',
      },
    ])
    assert.equal((await Campaign.findOrFail(campaign.id)).currency, 'EUR')
    ;(await patch({ currency: 'EUR', name: 'Same currency, new name' })).assertStatus(200)
  })

  test('a campaign without deals can be deleted; one with an accepted ad request cannot', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')

    const idle = await campaignFor(brand.user)
    await invite(client, brand.token, idle.id, creator.user.id)
    const removed = await client.delete(`${API}/campaigns/${idle.id}`).bearerToken(brand.token)
    removed.assertStatus(204)
    assert.isNull(await Campaign.find(idle.id))
    ;(await client.get(`${API}/campaigns/${idle.id}`).bearerToken(brand.token)).assertStatus(404)

    const busy = await campaignFor(brand.user)
    const request = await invite(client, brand.token, busy.id, creator.user.id)
    ;(
      await client.post(`${API}/ad-requests/${request.id}/accept`).bearerToken(creator.token)
    ).assertStatus(200)
    const refused = await client.delete(`${API}/campaigns/${busy.id}`).bearerToken(brand.token)
    refused.assertStatus(409)
    assert.equal(firstError(refused.body())?.code, 'E_CAMPAIGN_HAS_DEALS')
    assert.isNotNull(await Campaign.find(busy.id))
  })
})

test.group('marketplace / campaigns: browsing', (group) => {
  isolate(group)

  test('shoppers cannot browse campaigns nor open one; pending brands cannot browse', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const campaign = await campaignFor(brand.user)
    const shopper = await actor('shopper')

    const list = await client.get(`${API}/campaigns`).bearerToken(shopper.token)
    list.assertStatus(403)
    assert.equal(firstError(list.body())?.code, 'E_FORBIDDEN')
    const one = await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(shopper.token)
    one.assertStatus(404)

    const pending = await actor('pendingSponsor')
    const pendingList = await client.get(`${API}/campaigns`).bearerToken(pending.token)
    pendingList.assertStatus(403)
    assert.equal(firstError(pendingList.body())?.message, 'Your brand account is pending approval')

    ;(await client.get(`${API}/campaigns`)).assertStatus(401)
  })

  test('only public, active, unflagged campaigns of active brands are browsable', async ({
    client,
    assert,
  }) => {
    const niche = marker()
    const brand = await actor('sponsor')
    const visible = await campaignFor(brand.user, { niche, name: 'Visible' })
    await campaignFor(brand.user, { niche, status: 'draft' })
    await campaignFor(brand.user, { niche, status: 'paused' })
    await campaignFor(brand.user, { niche, status: 'completed' })
    const secret = await campaignFor(brand.user, { niche, visibility: 'private' })
    const flagged = await campaignFor(brand.user, {
      niche,
      flaggedAt: DateTime.utc(),
      flagReason: 'Misleading',
    })
    const blockedBrand = await actor('sponsor')
    await campaignFor(blockedBrand.user, { niche })
    const laterBlocked = await actor('sponsor')
    const later = await campaignFor(laterBlocked.user, { niche })

    const { token } = await actor('influencer')
    await User.query()
      .where('id', blockedBrand.user.id)
      .update({ blocked_at: sqlTime(DateTime.utc()), block_reason: 'spam' })
    const browse = () => client.get(`${API}/campaigns`).qs({ niche }).bearerToken(token)

    const res = await browse()
    res.assertStatus(200)
    assert.sameMembers(ids(res.body()), [visible.id, later.id])
    assert.equal(res.body().meta.total, 2)
    assert.containsSubset(
      res.body().data.find((c: { id: number }) => c.id === visible.id),
      { name: 'Visible', visibility: 'public', status: 'active', flagged: false }
    )

    await User.query()
      .where('id', laterBlocked.user.id)
      .update({ blocked_at: sqlTime(DateTime.utc()), block_reason: 'spam' })
    assert.deepEqual(ids((await browse()).body()), [visible.id])

    for (const hidden of [secret, flagged]) {
      ;(await client.get(`${API}/campaigns/${hidden.id}`).bearerToken(token)).assertStatus(404)
    }
    ;(await client.get(`${API}/campaigns/${later.id}`).bearerToken(token)).assertStatus(404)
  })

  test('a browsed campaign shows exactly as its own page does (sponsor, dates, goals, budget)', async ({
    client,
    assert,
  }) => {
    const niche = marker()
    const brand = await actor('sponsor')
    const withGoals = await campaignFor(brand.user, {
      niche,
      goals: ['reach', 'sales'],
      budget: 123_456,
    })
    const plain = await campaignFor(brand.user, { niche })
    const { token } = await actor('influencer')
    const res = await client.get(`${API}/campaigns`).qs({ niche }).bearerToken(token)
    res.assertStatus(200)
    assert.sameMembers(ids(res.body()), [withGoals.id, plain.id])
    for (const item of res.body().data) {
      const own = await client.get(`${API}/campaigns/${item.id}`).bearerToken(token)
      own.assertStatus(200)
      assert.deepEqual(item, own.body().data)
    }
    const shown = res.body().data.find((c: { id: number }) => c.id === withGoals.id)
    assert.deepEqual(shown.goals, ['reach', 'sales'])
    assert.equal(shown.budget, 123_456)
    assert.isString(shown.sponsor.companyName)
  })

  test('an influencer sees a private or draft campaign only once they have an ad request on it', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const invited = await actor('influencer')
    const outsider = await actor('influencer')
    const otherBrand = await actor('sponsor')
    const secret = await campaignFor(brand.user, { visibility: 'private', name: 'Secret launch' })
    const draft = await campaignFor(brand.user, { status: 'draft' })

    for (const campaign of [secret, draft]) {
      const before = await client.get(`${API}/campaigns/${campaign.id}`).bearerToken(invited.token)
      before.assertStatus(404)
      assert.equal(firstError(before.body())?.code, 'E_NOT_FOUND')
    }

    await invite(client, brand.token, secret.id, invited.user.id)
    const after = await client.get(`${API}/campaigns/${secret.id}`).bearerToken(invited.token)
    after.assertStatus(200)
    assert.equal(after.body().data.name, 'Secret launch')

    ;(await client.get(`${API}/campaigns/${secret.id}`).bearerToken(outsider.token)).assertStatus(
      404
    )
    ;(await client.get(`${API}/campaigns/${secret.id}`).bearerToken(otherBrand.token)).assertStatus(
      404
    )
    ;(await client.get(`${API}/campaigns/${draft.id}`).bearerToken(invited.token)).assertStatus(404)
    ;(await client.get(`${API}/campaigns/${secret.id}`).bearerToken(brand.token)).assertStatus(200)

    const admin = await actor('admin')
    ;(await client.get(`${API}/campaigns/${secret.id}`).bearerToken(admin.token)).assertStatus(200)
  })

  test('q searches names and descriptions as full text (word stems, any order, all words)', async ({
    client,
    assert,
  }) => {
    const niche = marker()
    const brand = await actor('sponsor')
    const shoes = await campaignFor(brand.user, {
      niche,
      name: 'Trail season',
      description: 'Running shoes for marathon runners',
    })
    const kitchen = await campaignFor(brand.user, {
      niche,
      name: 'Green kitchen',
      description: 'Vegan recipes while cooking at home',
    })
    const glow = await campaignFor(brand.user, {
      niche,
      name: 'Glowing skin',
      description: 'A serum launch',
    })
    const { token } = await actor('influencer')

    const search = async (q: string) => {
      const res = await client.get(`${API}/campaigns`).qs({ niche, q }).bearerToken(token)
      res.assertStatus(200)
      return ids(res.body())
    }

    assert.deepEqual(await search('shoe'), [shoes.id])
    assert.deepEqual(await search('run'), [shoes.id])
    assert.deepEqual(await search('marathon shoes'), [shoes.id])
    assert.deepEqual(await search('MARATHONS'), [shoes.id])
    assert.deepEqual(await search('cooked recipe'), [kitchen.id])
    assert.deepEqual(await search('kitchens'), [kitchen.id])
    assert.deepEqual(await search('glow'), [glow.id])
    assert.deepEqual(await search('vegan shoes'), [])
    assert.deepEqual(await search('bicycle'), [])
    assert.sameMembers(await search(''), [shoes.id, kitchen.id, glow.id])
  }).skip(
    onSqlite(),
    'PostgreSQL only: word stems come from its full-text search; SQLite matches substrings'
  )

  test('filters by niche, budget range and dates', async ({ client, assert }) => {
    const niche = marker()
    const brand = await actor('sponsor')
    const winter = await campaignFor(brand.user, {
      niche,
      budget: 1_000,
      startDate: '2030-01-01',
      endDate: '2030-03-31',
    })
    const spring = await campaignFor(brand.user, {
      niche,
      budget: 5_000,
      startDate: '2030-03-01',
      endDate: '2030-06-30',
    })
    const summer = await campaignFor(brand.user, {
      niche,
      budget: 20_000,
      startDate: '2030-06-01',
      endDate: '2030-12-31',
    })
    const elsewhere = await campaignFor(brand.user, { niche: `${niche}x`, budget: 5_000 })
    const { token } = await actor('influencer')

    const filter = async (filters: Record<string, string | number>) => {
      const res = await client
        .get(`${API}/campaigns`)
        .qs({ niche, ...filters })
        .bearerToken(token)
      res.assertStatus(200)
      return ids(res.body()).sort((a, b) => a - b)
    }

    assert.deepEqual(await filter({}), [winter.id, spring.id, summer.id])
    assert.deepEqual(await filter({ niche: niche.toUpperCase() }), [
      winter.id,
      spring.id,
      summer.id,
    ])
    assert.deepEqual(await filter({ niche: `${niche}x` }), [elsewhere.id])
    assert.deepEqual(await filter({ minBudget: 1_000, maxBudget: 5_000 }), [winter.id, spring.id])
    assert.deepEqual(await filter({ minBudget: 5_001 }), [summer.id])
    assert.deepEqual(await filter({ maxBudget: 999 }), [])
    assert.deepEqual(await filter({ activeOn: '2030-03-15' }), [winter.id, spring.id])
    assert.deepEqual(await filter({ activeOn: '2030-06-30' }), [spring.id, summer.id])
    assert.deepEqual(await filter({ activeOn: '2031-01-01' }), [])
    assert.deepEqual(await filter({ startsAfter: '2030-03-01' }), [spring.id, summer.id])
    assert.deepEqual(await filter({ endsBefore: '2030-06-30' }), [winter.id, spring.id])
    assert.deepEqual(await filter({ startsAfter: '2030-02-01', endsBefore: '2030-07-01' }), [
      spring.id,
    ])

    const invalid = await client
      .get(`${API}/campaigns`)
      .qs({ activeOn: 'tomorrow', minBudget: 'lots' })
      .bearerToken(token)
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['activeOn', 'minBudget']
    )
  })

  test('sorts by newest (default), budget either way, start and end date, and paginates', async ({
    client,
    assert,
  }) => {
    const niche = marker()
    const brand = await actor('sponsor')
    const a = await campaignFor(brand.user, {
      niche,
      budget: 3_000,
      startDate: '2030-02-01',
      endDate: '2030-09-30',
    })
    const b = await campaignFor(brand.user, {
      niche,
      budget: 1_000,
      startDate: '2030-03-01',
      endDate: '2030-04-30',
    })
    const c = await campaignFor(brand.user, {
      niche,
      budget: 2_000,
      startDate: '2030-01-01',
      endDate: '2030-06-30',
    })
    const { token } = await actor('influencer')

    const order = async (sort?: string) => {
      const res = await client
        .get(`${API}/campaigns`)
        .qs(sort ? { niche, sort } : { niche })
        .bearerToken(token)
      res.assertStatus(200)
      return ids(res.body())
    }

    assert.deepEqual(await order(), [c.id, b.id, a.id])
    assert.deepEqual(await order('newest'), [c.id, b.id, a.id])
    assert.deepEqual(await order('budget'), [b.id, c.id, a.id])
    assert.deepEqual(await order('-budget'), [a.id, c.id, b.id])
    assert.deepEqual(await order('startDate'), [c.id, a.id, b.id])
    assert.deepEqual(await order('endDate'), [b.id, c.id, a.id])

    const second = await client
      .get(`${API}/campaigns`)
      .qs({ niche, sort: 'budget', perPage: 2, page: 2 })
      .bearerToken(token)
    second.assertStatus(200)
    assert.deepEqual(ids(second.body()), [a.id])
    assert.deepEqual(second.body().meta, { page: 2, perPage: 2, total: 3, lastPage: 2 })

    const first = await client
      .get(`${API}/campaigns`)
      .qs({ niche, sort: 'budget', perPage: 2 })
      .bearerToken(token)
    assert.deepEqual(ids(first.body()), [b.id, c.id])
    assert.deepEqual(first.body().meta, { page: 1, perPage: 2, total: 3, lastPage: 2 })

    // Past the last page: no rows, the total still counted.
    const beyond = await client
      .get(`${API}/campaigns`)
      .qs({ niche, perPage: 2, page: 5 })
      .bearerToken(token)
    assert.deepEqual(beyond.body(), {
      data: [],
      meta: { page: 5, perPage: 2, total: 3, lastPage: 2 },
    })
    assert.notProperty(first.body().data[0], '__total_rows')

    const bad = await client
      .get(`${API}/campaigns`)
      .qs({ sort: 'random', perPage: 101 })
      .bearerToken(token)
    bad.assertStatus(422)
    assert.sameMembers(
      bad.body().errors.map((e: { field: string }) => e.field),
      ['sort', 'perPage']
    )
  })

  test('brands and admins may browse too', async ({ client, assert }) => {
    const niche = marker()
    const brand = await actor('sponsor')
    const campaign = await campaignFor(brand.user, { niche })
    for (const persona of ['sponsor', 'admin'] as const) {
      const { token } = await actor(persona)
      const res = await client.get(`${API}/campaigns`).qs({ niche }).bearerToken(token)
      res.assertStatus(200)
      assert.deepEqual(ids(res.body()), [campaign.id])
    }
  })
})
