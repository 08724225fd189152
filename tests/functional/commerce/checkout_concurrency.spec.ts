import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Address from '#models/commerce/address'
import CartItem from '#models/commerce/cart_item'
import Product from '#models/product'
import User from '#models/user'
import { actor } from '#tests/support/auth'
import { API, addressBody, checkout, marker, productFor } from '#tests/support/commerce'

const sequenceOf = (invoiceNumber: string) => Number(invoiceNumber.split('-').pop())

/**
 * Real concurrency on PostgreSQL: no global transaction here (it would run
 * every request on one connection, one at a time), so these tests commit and
 * delete what they made afterwards.
 */
test.group('commerce / checkout under concurrency', (group) => {
  const users: number[] = []
  const products: number[] = []

  /** `count` shoppers, each with a default address and `quantity` of the product in the cart. */
  const shoppersWith = async (count: number, product: Product, quantity = 1) => {
    const made = await Promise.all(Array.from({ length: count }, () => actor('shopper')))
    users.push(...made.map((m) => m.user.id))
    return Promise.all(
      made.map(async (m) => {
        const address = await Address.create({
          ...addressBody({ country: 'US' }),
          line2: null,
          phone: null,
          userId: m.user.id,
          isDefault: true,
        })
        await CartItem.create({ userId: m.user.id, productId: product.id, quantity })
        return { ...m, addressId: address.id }
      })
    )
  }
  const product = async (overrides: Partial<Product> = {}) => {
    const made = await productFor({ name: `Last units ${marker()}`, ...overrides })
    products.push(made.id)
    return made
  }

  group.each.teardown(async () => {
    const ids = users.splice(0)
    await db.from('sales').whereIn('user_id', ids).delete()
    await User.query().whereIn('id', ids).delete()
    await Product.query().whereIn('id', products.splice(0)).delete()
  })

  test('50 shoppers checking out the last 10 units at once: exactly 10 sales, 40 clear 409s, no gap in invoice numbers', async ({
    client,
    assert,
  }) => {
    const scarce = await product({ stock: 10, price: 1_500 })
    const shoppers = await shoppersWith(50, scarce)

    const responses = await Promise.all(
      shoppers.map((s) => checkout(client, s.token, s.addressId, `rush-${s.user.id}`))
    )

    const sold = responses.filter((res) => res.status() === 201)
    const refused = responses.filter((res) => res.status() !== 201)
    assert.lengthOf(sold, 10)
    assert.lengthOf(refused, 40)
    for (const res of refused) {
      res.assertStatus(409)
      res.assertBodyContains({
        errors: [{ code: 'E_OUT_OF_STOCK', message: `Only 0 of "${scarce.name}" left in stock` }],
      })
    }

    await scarce.refresh()
    assert.equal(scarce.stock, 0)
    assert.equal(scarce.salesCount, 10)
    const lines = await db
      .from('sale_items')
      .where('product_id', scarce.id)
      .sum('quantity as units')
      .first()
    assert.equal(Number(lines.units), 10)

    const numbers = sold
      .map((res) => sequenceOf(res.body().data.invoiceNumber))
      .sort((a, b) => a - b)
    assert.deepEqual(
      numbers,
      Array.from({ length: 10 }, (_, i) => numbers[0] + i),
      'ten consecutive invoice numbers'
    )
    // The 40 refused shoppers keep their carts.
    assert.lengthOf(await db.from('cart_items').where('product_id', scarce.id), 40)
  }).timeout(120_000)

  test('invoice numbers stay gap-free when concurrent checkouts of different products interleave with failures', async ({
    client,
    assert,
  }) => {
    const plenty = await product({ stock: 1_000 })
    const none = await product({ stock: 0 })
    const buyers = await shoppersWith(12, plenty)
    const losers = await shoppersWith(8, none)
    const before = await db
      .from('invoice_counters')
      .where('year', new Date().getUTCFullYear())
      .first()

    const responses = await Promise.all(
      [...buyers, ...losers].map((s) => checkout(client, s.token, s.addressId))
    )
    assert.deepEqual(
      responses.map((res) => res.status()).sort(),
      [...Array(12).fill(201), ...Array(8).fill(409)].sort()
    )

    const numbers = responses
      .filter((res) => res.status() === 201)
      .map((res) => sequenceOf(res.body().data.invoiceNumber))
      .sort((a, b) => a - b)
    const first = before ? Number(before.last_number) + 1 : 1
    assert.deepEqual(
      numbers,
      Array.from({ length: 12 }, (_, i) => first + i)
    )
  }).timeout(120_000)

  test('the same Idempotency-Key sent five times at once makes one sale; the others are replays of it', async ({
    client,
    assert,
  }) => {
    const gift = await product({ stock: 10 })
    const [me] = await shoppersWith(1, gift, 2)
    const key = `burst-${marker()}`

    const responses = await Promise.all(
      Array.from({ length: 5 }, () => checkout(client, me.token, me.addressId, key))
    )

    for (const res of responses) res.assertStatus(201)
    const originals = responses.filter((res) => res.header('idempotent-replayed') !== 'true')
    assert.lengthOf(originals, 1)
    for (const res of responses) assert.deepEqual(res.body().data, originals[0].body().data)
    assert.lengthOf(await db.from('sales').where('user_id', me.user.id), 1)
    await gift.refresh()
    assert.equal(gift.stock, 8)
  }).timeout(60_000)

  test('one shopper checking out the same cart twice at once buys it once', async ({
    client,
    assert,
  }) => {
    const gift = await product({ stock: 10 })
    const [me] = await shoppersWith(1, gift, 3)
    const responses = await Promise.all([
      checkout(client, me.token, me.addressId),
      checkout(client, me.token, me.addressId),
    ])
    assert.sameMembers(
      responses.map((res) => res.status()),
      [201, 409]
    )
    const refused = responses.find((res) => res.status() === 409)!
    refused.assertBodyContains({ errors: [{ code: 'E_CART_EMPTY' }] })
    await gift.refresh()
    assert.equal(gift.stock, 7)
  }).timeout(60_000)

  test('concurrent "make default" calls leave exactly one default address', async ({
    client,
    assert,
  }) => {
    const gift = await product()
    const [me] = await shoppersWith(1, gift)
    const extra = await Promise.all(
      [1, 2, 3].map(
        async (n) =>
          (
            await client
              .post(`${API}/addresses`)
              .bearerToken(me.token)
              .json(addressBody({ recipient: `R${n}` }))
          ).body().data.id
      )
    )
    const all = [me.addressId, ...extra]
    const responses = await Promise.all(
      all.map((id) => client.post(`${API}/addresses/${id}/default`).bearerToken(me.token))
    )
    for (const res of responses) res.assertStatus(200)
    const defaults = await db.from('addresses').where({ user_id: me.user.id, is_default: true })
    assert.lengthOf(defaults, 1)
    assert.lengthOf(await db.from('addresses').where('user_id', me.user.id), 4)
  }).timeout(60_000)
})
