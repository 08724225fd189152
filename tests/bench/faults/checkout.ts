/*
| Fault: a server process killed (SIGKILL) during checkouts. Shoppers each
| loop over "add one to three products to the cart, POST /api/v1/checkout with
| a new Idempotency-Key" against one server; it is killed while checkouts are
| in flight. A second server (same database) then takes the retries: every
| interrupted checkout is sent again with its key and body. Verdict from the
| database, over the sales of the run:
| - every sale has its lines and its invoice number, and its amounts add up
|   (lines = subtotal, subtotal + tax = total);
| - invoice numbers run without gaps or duplicates from the year's counter;
| - stock and sales counts moved by exactly the quantities sold;
| - every key of the run holds at most one sale, no key is left half-claimed,
|   and every interrupted checkout ended with exactly one sale (committed
|   before the kill: the retry replays it; rolled back: the retry places it).
*/
import type pg from 'pg'
import { benchDb } from '#tests/bench/support/prepare'
import { ACCOUNTS, productionEnv, SERVER_PORT, step } from '#tests/bench/support/env'
import { sleep, startServer } from '#tests/bench/support/processes'
import { call, login } from '#tests/bench/support/api'

const SHOPPERS = 30
/** Shoppers large.shopper.<FIRST_SHOPPER + n>: outside the bench's checkout pool (1..101). */
const FIRST_SHOPPER = 300
const PRODUCTS = 10
const STOCK = 100_000
const TRAFFIC_MS = 3000
/** The kill waits until at least this many checkouts are in flight. */
const IN_FLIGHT = 5

interface Shopper {
  token: string
  addressId: number
  /** The checkout request in flight (key and body) when the server died, if any. */
  interrupted?: { key: string; body: { addressId: number } }
}

async function prepareShoppers(base: string): Promise<Shopper[]> {
  return Promise.all(
    Array.from({ length: SHOPPERS }, async (_, n) => {
      const token = await login(base, ACCOUNTS.shopper(FIRST_SHOPPER + n), ACCOUNTS.password)
      await call(base, 'DELETE', '/api/v1/cart', { token })
      const existing = await call(base, 'GET', '/api/v1/addresses', { token })
      let addressId = existing.body?.data?.[0]?.id
      if (!addressId) {
        const created = await call(base, 'POST', '/api/v1/addresses', {
          token,
          body: {
            recipient: `Fault Shopper ${n}`,
            line1: `${n} Crash Street`,
            city: 'Faultville',
            postalCode: '10001',
            country: 'US',
          },
        })
        if (created.status !== 201)
          throw new Error(
            `POST /api/v1/addresses answered ${created.status}: ${JSON.stringify(created.body)}`
          )
        addressId = created.body.data.id
      }
      return { token, addressId }
    })
  )
}

/** Listable products (one currency) with plenty of stock, and their stock and sales counts now. */
async function prepareProducts(client: pg.Client) {
  const { rows } = await client.query(
    `select p.id from products p left join users b on b.id = p.brand_id
      where p.active and p.hidden_at is null and p.currency = 'USD' and (p.brand_id is null or (b.status = 'active' and b.blocked_at is null))
      order by p.id offset 200 limit ${PRODUCTS}`
  )
  const ids: number[] = rows.map((row) => Number(row.id))
  await client.query('update products set stock = $2 where id = any($1)', [ids, STOCK])
  return ids
}

const productState = async (client: pg.Client, ids: number[]) =>
  new Map(
    (
      await client.query('select id, stock, sales_count from products where id = any($1)', [ids])
    ).rows.map((row) => [
      Number(row.id),
      { stock: Number(row.stock), sold: Number(row.sales_count) },
    ])
  )

export async function checkoutFault() {
  step(
    `Fault: server SIGKILLed during checkouts (${SHOPPERS} shoppers), retries with the same Idempotency-Key on a new server`
  )
  const client = await benchDb()
  const env = productionEnv(SERVER_PORT + 4)
  let server = await startServer(env, 'server 1 (checkout fault)')
  try {
    const available = await call(server.base, 'GET', '/api/v1/products?perPage=1')
    if (available.status !== 200) {
      console.log(
        `  GET /api/v1/products answered ${available.status}: the commerce routes are missing`
      )
      console.log('  verdict: checkout fault FAIL')
      return false
    }
    const productIds = await prepareProducts(client)
    const shoppers = await prepareShoppers(server.base)
    const year = new Date().getUTCFullYear()
    const baseline = {
      saleId: Number(
        (await client.query('select coalesce(max(id), 0) as id from sales')).rows[0].id
      ),
      invoice: Number(
        (await client.query('select last_number from invoice_counters where year = $1', [year]))
          .rows[0]?.last_number ?? 0
      ),
      products: await productState(client, productIds),
    }
    const run = `fault-co-${Date.now()}`
    const statuses: Record<string, number> = {}
    let inFlight = 0
    let killed = false
    const loops = shoppers.map(async (shopper, n) => {
      for (let round = 0; !killed; round++) {
        try {
          const lines = 1 + ((n + round) % 3)
          for (let line = 0; line < lines; line++) {
            const productId = productIds[(n * 7 + round * 3 + line) % productIds.length]
            const added = await call(server.base, 'POST', '/api/v1/cart/items', {
              token: shopper.token,
              body: { productId, quantity: 1 + (line % 3) },
            })
            statuses[`cart ${added.status}`] = (statuses[`cart ${added.status}`] ?? 0) + 1
          }
          const request = { key: `${run}-${n}-${round}`, body: { addressId: shopper.addressId } }
          shopper.interrupted = request
          inFlight++
          const placed = await call(server.base, 'POST', '/api/v1/checkout', {
            token: shopper.token,
            body: request.body,
            headers: { 'idempotency-key': request.key },
          }).finally(() => inFlight--)
          shopper.interrupted = undefined
          statuses[`checkout ${placed.status}`] = (statuses[`checkout ${placed.status}`] ?? 0) + 1
        } catch {
          return // the server is gone
        }
      }
    })

    await sleep(TRAFFIC_MS)
    const deadline = Date.now() + 10_000
    while (inFlight < IN_FLIGHT && Date.now() < deadline) await sleep(1)
    const inFlightAtKill = inFlight
    killed = true
    await server.stop('SIGKILL')
    await Promise.all(loops)
    const interrupted = shoppers.filter((shopper) => shopper.interrupted)
    console.log(
      `  server 1 killed with ${inFlightAtKill} checkouts in flight; answered before the kill: ${JSON.stringify(statuses)}`
    )

    server = await startServer(env, 'server 2 (checkout fault)')
    const retries: Record<string, number> = {}
    let replayed = 0
    for (const shopper of interrupted) {
      const { key, body } = shopper.interrupted!
      const again = await fetch(`${server.base}/api/v1/checkout`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'authorization': `Bearer ${shopper.token}`,
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
      })
      await again.text()
      retries[again.status] = (retries[again.status] ?? 0) + 1
      if (again.headers.get('idempotent-replayed') === 'true') replayed++
    }
    const interruptedKeys = interrupted.map((shopper) => shopper.interrupted!.key)
    console.log(
      `  retries on server 2 of the ${interrupted.length} interrupted checkouts: ${JSON.stringify(retries)} (${replayed} replayed: committed before the kill; ${interrupted.length - replayed} placed now: rolled back by the kill)`
    )

    const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows
    const [sales] = await q('select count(*)::int as n from sales where id > $1', [baseline.saleId])
    const [withoutLines] = await q(
      'select count(*)::int as n from sales s where s.id > $1 and not exists (select 1 from sale_items i where i.sale_id = s.id)',
      [baseline.saleId]
    )
    const [badAmounts] = await q(
      `select count(*)::int as n from sales s where s.id > $1 and (s.total <> s.subtotal + s.tax or s.subtotal <> (select coalesce(sum(i.line_total), 0) from sale_items i where i.sale_id = s.id)
         or exists (select 1 from sale_items i where i.sale_id = s.id and i.line_total <> i.unit_price * i.quantity))`,
      [baseline.saleId]
    )
    const numbers = (
      await q(`select invoice_number from sales where id > $1 and invoice_number like $2`, [
        baseline.saleId,
        `INV-${year}-%`,
      ])
    )
      .map((row) => Number(String(row.invoice_number).slice(-6)))
      .sort((a, b) => a - b)
    const [missingInvoice] = await q(
      `select count(*)::int as n from sales where id > $1 and (invoice_number is null or invoice_number not like 'INV-%')`,
      [baseline.saleId]
    )
    const counter = Number(
      (await q('select last_number from invoice_counters where year = $1', [year]))[0]
        ?.last_number ?? 0
    )
    const gapless =
      numbers.length === counter - baseline.invoice &&
      numbers.every((number, i) => number === baseline.invoice + 1 + i)
    const soldByProduct = new Map(
      (
        await q(
          'select product_id, sum(quantity)::int as n from sale_items where sale_id > $1 group by product_id',
          [baseline.saleId]
        )
      ).map((row) => [Number(row.product_id), Number(row.n)])
    )
    const after = await productState(client, productIds)
    const stockOff = productIds.filter((id) => {
      const sold = soldByProduct.get(id) ?? 0
      return (
        baseline.products.get(id)!.stock - after.get(id)!.stock !== sold ||
        after.get(id)!.sold - baseline.products.get(id)!.sold !== sold
      )
    })
    const keys = await q(
      `select key, response_status, sale_id from idempotency_keys where key like $1`,
      [`${run}-%`]
    )
    const halfClaimed = keys.filter((row) => Number(row.response_status) === 0).length
    const [unkeyed] = await q(
      `select count(*)::int as n from sales s where s.id > $1 and not exists (select 1 from idempotency_keys k where k.sale_id = s.id and k.key like $2)`,
      [baseline.saleId, `${run}-%`]
    )
    const saleOfKey = new Map(
      keys.map((row) => [String(row.key), row.sale_id === null ? null : Number(row.sale_id)])
    )
    const interruptedWithoutSale = interruptedKeys.filter((key) => !saleOfKey.get(key)).length
    const retriesOk = Object.keys(retries).every((status) => status === '201')

    console.log(
      `  sales of the run: ${sales.n} · without lines: ${withoutLines.n} · amounts not adding up: ${badAmounts.n} · without an invoice number: ${missingInvoice.n}`
    )
    console.log(
      `  invoice numbers ${baseline.invoice + 1}..${counter} of ${year}: ${numbers.length} used, gapless and unique: ${gapless}`
    )
    console.log(
      `  stock and sales counts of ${productIds.length} products moved by exactly the quantities sold: ${stockOff.length === 0 ? 'yes' : `no (products ${stockOff.join(', ')})`}`
    )
    console.log(
      `  idempotency keys: ${keys.length} · half-claimed: ${halfClaimed} · sales without their key: ${unkeyed.n} · interrupted checkouts without a sale: ${interruptedWithoutSale}`
    )
    const pass =
      inFlightAtKill > 0 &&
      withoutLines.n === 0 &&
      badAmounts.n === 0 &&
      missingInvoice.n === 0 &&
      gapless &&
      stockOff.length === 0 &&
      halfClaimed === 0 &&
      unkeyed.n === 0 &&
      interruptedWithoutSale === 0 &&
      retriesOk &&
      sales.n > 0
    console.log(`  verdict: checkout fault ${pass ? 'PASS' : 'FAIL'}`)
    return pass
  } finally {
    await server.stop()
    await client.end()
  }
}
