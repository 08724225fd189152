import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import env from '#start/env'
import Product from '#models/product'
import Sale from '#models/commerce/sale'
import CleanupService from '#services/operations/cleanup_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import {
  API,
  addToCart,
  addressOf,
  checkout,
  marker,
  productFor,
  shopper,
} from '#tests/support/commerce'
import { sqlTime } from '#platform/db/time'

const invoiceSequence = (number: string) => Number(number.split('-').pop())

test.group('commerce / checkout', (group) => {
  isolate(group)

  test('a checkout turns the cart into a sale with price and address snapshots, takes the stock and empties the cart', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const lamp = await productFor({ price: 4_000, stock: 5, name: 'Desk lamp' })
    const bulb = await productFor({ price: 250, stock: 10, name: 'Bulb' })
    await addToCart(client, me.token, lamp.id, 2)
    await addToCart(client, me.token, bulb.id, 4)
    const total = (await client.get(`${API}/cart/total`).bearerToken(me.token)).body().data

    const res = await checkout(client, me.token, me.addressId)
    res.assertStatus(201)
    assert.isUndefined(res.header('idempotent-replayed'))
    const sale = res.body().data
    assert.containsSubset(sale, {
      userId: me.user.id,
      status: 'paid',
      currency: 'USD',
      subtotal: 9_000,
      taxRateBp: total.taxRateBp,
      tax: total.tax,
      total: total.total,
      itemCount: 6,
      address: { recipient: 'Ada Shopper', line1: '1 Market Street', country: 'US' },
      items: [
        { productId: lamp.id, name: 'Desk lamp', unitPrice: 4_000, quantity: 2, lineTotal: 8_000 },
        { productId: bulb.id, name: 'Bulb', unitPrice: 250, quantity: 4, lineTotal: 1_000 },
      ],
    })
    assert.match(sale.invoiceNumber, /^INV-\d{4}-\d{6}$/)
    assert.isFalse(res.body().meta.replayed)

    await lamp.refresh()
    assert.equal(lamp.stock, 3)
    assert.equal(lamp.salesCount, 2)
    assert.deepEqual((await client.get(`${API}/cart`).bearerToken(me.token)).body().data, [])
    assert.equal(
      (await client.get(`${API}/cart/total`).bearerToken(me.token)).body().data.itemCount,
      0
    )

    // Snapshots: later changes to the product and the address do not touch the sale.
    await Product.query().where('id', lamp.id).update({ price: 9_999, name: 'Renamed lamp' })
    ;(
      await client
        .patch(`${API}/addresses/${me.addressId}`)
        .bearerToken(me.token)
        .json({ recipient: 'Someone else' })
    ).assertStatus(200)
    const shown = await client.get(`${API}/sales/${sale.id}`).bearerToken(me.token)
    shown.assertStatus(200)
    assert.containsSubset(shown.body().data, {
      subtotal: 9_000,
      address: { recipient: 'Ada Shopper' },
      items: [{ name: 'Desk lamp', unitPrice: 4_000 }],
    })
  })

  test('checkout needs an address of the caller (422 / 404) and a non-empty cart (409)', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const other = await shopper(client)
    const gift = await productFor()
    const empty = await checkout(client, me.token, me.addressId)
    empty.assertStatus(409)
    empty.assertBodyContains({ errors: [{ code: 'E_CART_EMPTY' }] })

    await addToCart(client, me.token, gift.id)
    ;(await client.post(`${API}/checkout`).bearerToken(me.token).json({})).assertStatus(422)
    const foreign = await checkout(client, me.token, other.addressId)
    foreign.assertStatus(404)
    foreign.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
    assert.lengthOf(await Sale.query().where('user_id', me.user.id), 0)
    assert.lengthOf((await client.get(`${API}/cart`).bearerToken(me.token)).body().data, 1)
    for (const persona of ['admin', 'sponsor'] as const) {
      const { token } = await actor(persona)
      ;(await checkout(client, token, me.addressId)).assertStatus(403)
    }
  })

  test('stock sold out after the product went into the cart: 409 and nothing is written', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const first = await productFor({ stock: 5 })
    const scarce = await productFor({ stock: 3 })
    await addToCart(client, me.token, first.id, 1)
    await addToCart(client, me.token, scarce.id, 3)
    await Product.query().where('id', scarce.id).update({ stock: 2 })
    const res = await checkout(client, me.token, me.addressId)
    res.assertStatus(409)
    res.assertBodyContains({ errors: [{ code: 'E_OUT_OF_STOCK' }] })
    await first.refresh()
    assert.equal(first.stock, 5, 'the stock taken for the first line was rolled back')
    assert.lengthOf(await Sale.query().where('user_id', me.user.id), 0)
    assert.lengthOf((await client.get(`${API}/cart`).bearerToken(me.token)).body().data, 2)
  })

  test('lines of products no longer sold are not checked out and stay in the cart', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const kept = await productFor({ price: 700 })
    const withdrawn = await productFor({ price: 300 })
    await addToCart(client, me.token, kept.id)
    await addToCart(client, me.token, withdrawn.id)
    await Product.query().where('id', withdrawn.id).update({ active: false })
    const res = await checkout(client, me.token, me.addressId)
    res.assertStatus(201)
    assert.deepEqual(
      res.body().data.items.map((i: { productId: number }) => i.productId),
      [kept.id]
    )
    assert.lengthOf(
      await db.from('cart_items').where({ user_id: me.user.id, product_id: withdrawn.id }),
      1
    )
  })

  test('an Idempotency-Key retry answers the first response as a replay and creates nothing', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const gift = await productFor({ stock: 10 })
    await addToCart(client, me.token, gift.id, 2)
    const key = `retry-${marker()}`
    const first = await checkout(client, me.token, me.addressId, key)
    first.assertStatus(201)

    const retry = await checkout(client, me.token, me.addressId, key)
    retry.assertStatus(201)
    assert.equal(retry.header('idempotent-replayed'), 'true')
    assert.isTrue(retry.body().meta.replayed)
    assert.deepEqual(retry.body().data, first.body().data)
    assert.lengthOf(await Sale.query().where('user_id', me.user.id), 1)
    await gift.refresh()
    assert.equal(gift.stock, 8)

    // The same key with another body is refused; a new key runs a new checkout (of an empty cart).
    const second = await addressOf(client, me.token, { recipient: 'Elsewhere' })
    const mismatch = await checkout(client, me.token, second, key)
    mismatch.assertStatus(422)
    mismatch.assertBodyContains({
      errors: [{ code: 'E_IDEMPOTENCY_MISMATCH', field: 'Idempotency-Key' }],
    })
    ;(await checkout(client, me.token, me.addressId, `other-${marker()}`)).assertStatus(409)

    // Keys belong to one shopper: another shopper's identical key is a new request.
    const other = await shopper(client)
    await addToCart(client, other.token, gift.id, 1)
    const theirs = await checkout(client, other.token, other.addressId, key)
    theirs.assertStatus(201)
    assert.isUndefined(theirs.header('idempotent-replayed'))
    assert.notEqual(theirs.body().data.id, first.body().data.id)

    ;(await checkout(client, me.token, me.addressId, 'bad key with spaces')).assertStatus(422)
  })

  test('a failed checkout does not use up its Idempotency-Key', async ({ client }) => {
    const me = await shopper(client)
    const key = `fail-${marker()}`
    ;(await checkout(client, me.token, me.addressId, key)).assertStatus(409)
    await addToCart(client, me.token, (await productFor()).id)
    const res = await checkout(client, me.token, me.addressId, key)
    res.assertStatus(201)
    res.assertBodyContains({ meta: { replayed: false } })
  })

  test('Idempotency-Keys are remembered 7 days; the cleanup task drops older ones, so such a key runs a new checkout', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const gift = await productFor({ stock: 10 })
    const key = `old-${marker()}`
    await addToCart(client, me.token, gift.id)
    ;(await checkout(client, me.token, me.addressId, key)).assertStatus(201)
    const recent = `recent-${marker()}`
    await addToCart(client, me.token, gift.id)
    ;(await checkout(client, me.token, me.addressId, recent)).assertStatus(201)
    await db
      .from('idempotency_keys')
      .where({ user_id: me.user.id, key })
      .update({ created_at: sqlTime(DateTime.utc().minus({ days: 8 })) })

    const result = await new CleanupService().run()
    assert.isAtLeast(result.idempotencyKeys, 1)
    assert.deepEqual(
      (await db.from('idempotency_keys').where('user_id', me.user.id)).map((row) => row.key),
      [recent]
    )
    await addToCart(client, me.token, gift.id)
    const again = await checkout(client, me.token, me.addressId, key)
    again.assertStatus(201)
    assert.isUndefined(again.header('idempotent-replayed'))
    assert.equal(
      (await checkout(client, me.token, me.addressId, recent)).header('idempotent-replayed'),
      'true'
    )
  })

  test('tax follows the configured rate (TAX_RATE_BP, basis points), rounded half up', async ({
    client,
    assert,
  }) => {
    const before = env.get('TAX_RATE_BP')
    env.set('TAX_RATE_BP', 825)
    try {
      const me = await shopper(client)
      await addToCart(client, me.token, (await productFor({ price: 1_010 })).id, 1)
      const sale = (await checkout(client, me.token, me.addressId)).body().data
      // 1010 × 8.25 % = 83.325 → 83
      assert.containsSubset(sale, { subtotal: 1_010, taxRateBp: 825, tax: 83, total: 1_093 })
    } finally {
      env.set('TAX_RATE_BP', before as number)
      // Env.set copies the value into process.env, where undefined would become the text "undefined".
      if (before === undefined) delete process.env.TAX_RATE_BP
    }
  })
})

test.group('commerce / sales and invoices', (group) => {
  isolate(group)

  test('a shopper lists their sales newest first and reads each one', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    const gift = await productFor({ stock: 10 })
    const ids: number[] = []
    for (const quantity of [1, 2, 3]) {
      await addToCart(client, me.token, gift.id, quantity)
      ids.push((await checkout(client, me.token, me.addressId)).body().data.id)
    }
    const list = await client.get(`${API}/sales?perPage=2`).bearerToken(me.token)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((s: { id: number }) => s.id),
      [ids[2], ids[1]]
    )
    assert.deepEqual(list.body().meta, { page: 1, perPage: 2, total: 3, lastPage: 2 })
    const other = await shopper(client)
    assert.deepEqual((await client.get(`${API}/sales`).bearerToken(other.token)).body().data, [])
  })

  test('invoice numbers follow each other without gaps, failed checkouts included', async ({
    client,
    assert,
  }) => {
    const gift = await productFor({ stock: 10 })
    const numbers: string[] = []
    for (let n = 0; n < 3; n++) {
      const me = await shopper(client)
      ;(await checkout(client, me.token, me.addressId)).assertStatus(409)
      await addToCart(client, me.token, gift.id)
      numbers.push((await checkout(client, me.token, me.addressId)).body().data.invoiceNumber)
    }
    const sequence = numbers.map(invoiceSequence)
    assert.deepEqual(sequence, [sequence[0], sequence[0] + 1, sequence[0] + 2])
  })

  test('the invoice is e-mailed through the queue and readable by the buyer and admins, not by other shoppers', async ({
    client,
    assert,
  }) => {
    const me = await shopper(client)
    await addToCart(
      client,
      me.token,
      (await productFor({ price: 12_345, name: `Teapot ${marker()}` })).id,
      2
    )
    const sale = (await checkout(client, me.token, me.addressId)).body().data

    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(me.user.email) && m.subject.includes(sale.invoiceNumber),
      15_000
    )
    assert.equal(mail.subject, `Your invoice ${sale.invoiceNumber}`)
    assert.include(mail.raw, 'Teapot')
    assert.include(mail.raw, '$246.90')

    const invoice = await client.get(`${API}/sales/${sale.id}/invoice`).bearerToken(me.token)
    invoice.assertStatus(200)
    assert.containsSubset(invoice.body().data, {
      saleId: sale.id,
      number: sale.invoiceNumber,
      subtotal: 24_690,
      total: sale.total,
      taxRateBp: sale.taxRateBp,
    })
    assert.include(invoice.body().data.html, sale.invoiceNumber)
    assert.include(invoice.body().data.html, '<table')

    const admin = await actor('admin')
    const asAdmin = await client
      .get(`${API}/admin/sales/${sale.id}/invoice`)
      .bearerToken(admin.token)
    asAdmin.assertStatus(200)
    assert.equal(asAdmin.body().data.number, sale.invoiceNumber)

    const other = await shopper(client)
    ;(await client.get(`${API}/sales/${sale.id}`).bearerToken(other.token)).assertStatus(404)
    ;(await client.get(`${API}/sales/${sale.id}/invoice`).bearerToken(other.token)).assertStatus(
      404
    )
    ;(
      await client.get(`${API}/admin/sales/${sale.id}/invoice`).bearerToken(other.token)
    ).assertStatus(403)
    ;(await client.get(`${API}/sales/999999999`).bearerToken(me.token)).assertStatus(404)
    ;(
      await client.get(`${API}/admin/sales/999999999/invoice`).bearerToken(admin.token)
    ).assertStatus(404)
  })
})
