import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, addressBody, addressOf } from '#tests/support/commerce'

const defaults = (rows: { id: number; isDefault: boolean }[]) =>
  rows.filter((a) => a.isDefault).map((a) => a.id)

test.group('commerce / delivery addresses', (group) => {
  isolate(group)

  test('create, read, update and delete an address', async ({ client, assert }) => {
    const { token } = await actor('shopper')
    const created = await client
      .post(`${API}/addresses`)
      .bearerToken(token)
      .json(addressBody({ line2: 'Flat 4', phone: '+44 20 7946 0000' }))
    created.assertStatus(201)
    assert.containsSubset(created.body().data, {
      recipient: 'Ada Shopper',
      line2: 'Flat 4',
      country: 'US',
      phone: '+44 20 7946 0000',
      isDefault: true,
    })
    const id = created.body().data.id

    ;(await client.get(`${API}/addresses/${id}`).bearerToken(token)).assertStatus(200)
    const updated = await client
      .patch(`${API}/addresses/${id}`)
      .bearerToken(token)
      .json({ city: 'Shelbyville', line2: null })
    updated.assertStatus(200)
    assert.containsSubset(updated.body().data, {
      city: 'Shelbyville',
      line2: null,
      recipient: 'Ada Shopper',
    })

    ;(await client.delete(`${API}/addresses/${id}`).bearerToken(token)).assertStatus(204)
    ;(await client.get(`${API}/addresses/${id}`).bearerToken(token)).assertStatus(404)
    assert.deepEqual((await client.get(`${API}/addresses`).bearerToken(token)).body().data, [])
  })

  test('exactly one default: the first address, then whichever is made default; deleting it promotes the oldest', async ({
    client,
    assert,
  }) => {
    const { token, user } = await actor('shopper')
    const first = await addressOf(client, token)
    const second = await addressOf(client, token, { recipient: 'Second' })
    const third = await addressOf(client, token, { recipient: 'Third', isDefault: true })
    const list = async () => (await client.get(`${API}/addresses`).bearerToken(token)).body().data
    assert.deepEqual(defaults(await list()), [third])
    assert.equal((await list())[0].id, third)

    const made = await client.post(`${API}/addresses/${second}/default`).bearerToken(token)
    made.assertStatus(200)
    assert.isTrue(made.body().data.isDefault)
    assert.deepEqual(defaults(await list()), [second])

    ;(await client.delete(`${API}/addresses/${second}`).bearerToken(token)).assertStatus(204)
    assert.deepEqual(defaults(await list()), [first])
    const rows = await db.from('addresses').where({ user_id: user.id, is_default: true })
    assert.lengthOf(rows, 1)
  })

  test('invalid addresses are refused with 422 naming each field', async ({ client, assert }) => {
    const { token } = await actor('shopper')
    const res = await client
      .post(`${API}/addresses`)
      .bearerToken(token)
      .json(addressBody({ country: 'USA', recipient: '', phone: 'call me' }))
    res.assertStatus(422)
    assert.sameMembers(
      res.body().errors.map((e: { field: string }) => e.field),
      ['country', 'recipient', 'phone']
    )
  })

  test("another shopper's address answers 404 on every route and stays unchanged", async ({
    client,
    assert,
  }) => {
    const owner = await actor('shopper')
    const other = await actor('shopper')
    const id = await addressOf(client, owner.token)
    ;(await client.get(`${API}/addresses/${id}`).bearerToken(other.token)).assertStatus(404)
    ;(
      await client
        .patch(`${API}/addresses/${id}`)
        .bearerToken(other.token)
        .json({ city: 'Elsewhere' })
    ).assertStatus(404)
    ;(await client.post(`${API}/addresses/${id}/default`).bearerToken(other.token)).assertStatus(
      404
    )
    ;(await client.delete(`${API}/addresses/${id}`).bearerToken(other.token)).assertStatus(404)
    const mine = await client.get(`${API}/addresses/${id}`).bearerToken(owner.token)
    assert.equal(mine.body().data.city, 'Springfield')
    assert.deepEqual(
      (await client.get(`${API}/addresses`).bearerToken(other.token)).body().data,
      []
    )
  })

  test('addresses are for shoppers: other accounts get 403', async ({ client }) => {
    for (const persona of ['admin', 'sponsor', 'influencer'] as const) {
      const { token } = await actor(persona)
      ;(await client.post(`${API}/addresses`).bearerToken(token).json(addressBody())).assertStatus(
        403
      )
    }
  })
})
