import net from 'node:net'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { startServer } from '#tests/support/child_app'
import { migratedSqlite } from '#tests/support/sqlite'
import { smtpSink } from '#tests/support/smtp_sink'
import { addressBody } from '#tests/support/commerce'
import type { Json } from '#tests/support/json'

const DEAD_REDIS_PORT = '6391'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/**
 * The shopping journey on the embedded SQLite default (a real app process on
 * a migrated SQLite file, no Redis): addresses with one default (partial
 * unique index), cart, checkouts racing for the last units, idempotent retry,
 * gap-free invoice numbers, the invoice e-mail, catalogue filters.
 */
test.group('commerce / on SQLite', () => {
  test('shoppers buy the last units on SQLite: stock never below zero, one sale per key, invoices in sequence', async ({
    assert,
  }) => {
    const sqlite = await migratedSqlite()
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const server = startServer({
      NODE_ENV: 'development',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: sqlite.file,
      REDIS_PORT: DEAD_REDIS_PORT,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(env.get('SMTP_PORT', 2526)),
      PORT: String(port),
      HOST: '127.0.0.1',
    })
    try {
      const now = new Date().toISOString().replace('T', ' ').slice(0, 19)
      const [productId] = await db
        .connection(sqlite.name)
        .table('products')
        .insert({
          name: 'Last lantern',
          description: 'Only two left',
          price: 1_000,
          currency: 'USD',
          stock: 2,
          images: '[]',
          tags: JSON.stringify(['camping', 'light']),
          featured: false,
          active: true,
          sales_count: 0,
          created_at: now,
          updated_at: now,
        })
      await server.ready

      const call = async (
        method: string,
        path: string,
        token?: string,
        body?: unknown,
        headers: Record<string, string> = {}
      ) => {
        const res = await fetch(`${base}${path}`, {
          method,
          headers: {
            'content-type': 'application/json',
            'accept': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return {
          status: res.status,
          headers: res.headers,
          body: res.status === 204 ? null : ((await res.json()) as Json),
        }
      }
      const stamp = Date.now()
      const shoppers: { email: string; token: string; addressId: number }[] = []
      for (let n = 1; n <= 3; n++) {
        const email = `sqlite.buyer.${n}.${stamp}@example.com`
        const signup = await call('POST', '/api/v1/auth/signup', undefined, {
          email,
          password: 'long-enough-pw',
          fullName: `Buyer ${n}`,
          role: 'shopper',
        })
        assert.equal(signup.status, 201, JSON.stringify(signup.body))
        const token = signup.body.data.tokens.accessToken
        const first = await call('POST', '/api/v1/addresses', token, addressBody())
        const second = await call(
          'POST',
          '/api/v1/addresses',
          token,
          addressBody({ recipient: `Buyer ${n}`, isDefault: true })
        )
        assert.equal(second.status, 201)
        const addresses = (await call('GET', '/api/v1/addresses', token)).body.data
        assert.deepEqual(
          addresses.map((a: { id: number; isDefault: boolean }) => [a.id, a.isDefault]),
          [
            [second.body.data.id, true],
            [first.body.data.id, false],
          ]
        )
        assert.equal(
          (await call('POST', '/api/v1/cart/items', token, { productId, quantity: 1 })).status,
          201
        )
        shoppers.push({ email, token, addressId: second.body.data.id })
      }

      const found = await call('GET', '/api/v1/products?tags=camping&q=lantern&inStock=true')
      assert.deepEqual(
        found.body.data.map((p: { id: number }) => p.id),
        [productId]
      )

      const results = await Promise.all(
        shoppers.map((s, i) =>
          call(
            'POST',
            '/api/v1/checkout',
            s.token,
            { addressId: s.addressId },
            { 'Idempotency-Key': `sqlite-${i}` }
          )
        )
      )
      assert.sameMembers(
        results.map((r) => r.status),
        [201, 201, 409]
      )
      assert.equal(results.find((r) => r.status === 409)!.body.errors[0].code, 'E_OUT_OF_STOCK')
      const numbers = results
        .filter((r) => r.status === 201)
        .map((r) => Number(r.body.data.invoiceNumber.split('-').pop()))
        .sort()
      assert.deepEqual(numbers, [1, 2])

      const winner = results.findIndex((r) => r.status === 201)
      const retry = await call(
        'POST',
        '/api/v1/checkout',
        shoppers[winner].token,
        { addressId: shoppers[winner].addressId },
        { 'Idempotency-Key': `sqlite-${winner}` }
      )
      assert.equal(retry.status, 201)
      assert.equal(retry.headers.get('idempotent-replayed'), 'true')
      assert.deepEqual(retry.body.data, results[winner].body.data)

      const product = await call('GET', `/api/v1/products/${productId}`)
      assert.containsSubset(product.body.data, { stock: 0, inStock: false, salesCount: 2 })
      const sales = await db.connection(sqlite.name).from('sales').count('* as total').first()
      assert.equal(Number(sales.total), 2)

      const mail = await smtpSink.waitFor(
        (m) => m.to.includes(shoppers[winner].email) && /invoice/i.test(m.subject),
        15_000
      )
      assert.include(mail.raw, results[winner].body.data.invoiceNumber)
    } finally {
      await server.stop()
      await sqlite.close()
    }
  }).timeout(120_000)
})
