import { existsSync } from 'node:fs'
import type pg from 'pg'
import { bearer, call, login } from '#tests/bench/support/api'
import { ACCOUNTS, SOURCE } from '#tests/bench/support/env'
import type { Step } from '#tests/bench/support/load'

export interface Scenario {
  name: string
  /** A cached read: its target includes ≥ 70% of the bare route's throughput. */
  cached: boolean
  /** Open-loop latency: the fixed offered rate and the p99 target at it (issue 23). */
  open: { rate: number; p99TargetMs: number }
  /** Most server CPU per request (µs) in the closed-loop run, where issue 23 sets one. */
  cpuTargetUs?: number
  /** An extra p95 target (the feed's, from issue 5), judged on the open-loop run. */
  p95TargetMs?: number
  /** How the load is shaped, printed under the table. */
  note?: string
  steps: Step[]
  /** One request as the load sends it; its status must be 2xx, its size sizes the bare twin. */
  probe: () => Promise<{ status: number; bytes: number }>
  /** Why the scenario cannot run here (its routes are missing). */
  unavailable?: string
  /** Called before each autocannon run of the steps (a run that ends drops its requests in flight). */
  beforeRun?: () => void
  /**
   * The steps with `measured: false` on their own (all measured), run once
   * after the closed loop: their server CPU per request is taken off the
   * scenario's, so its CPU/req is that of its measured requests alone.
   * `reset` undoes what they left (checkout: the cart lines added).
   */
  unmeasured?: { steps: Step[]; reset: () => Promise<void> }
}

export const CHECKOUT_SHOPPERS = 100
/** Reads are offered 200 req/s and must answer with p99 < 50 ms. */
const READ = { rate: 200, p99TargetMs: 50 }
const UNCACHED_CPU_US = 1000
const CHECKOUT_PRODUCTS = 50

/** The ids and tokens the scenarios use, looked up once in the bench database and over the API. */
export async function sessions(base: string, client: pg.Client) {
  const [power, influencer, admin] = await Promise.all([
    login(base, ACCOUNTS.power, ACCOUNTS.password),
    login(base, ACCOUNTS.influencer, ACCOUNTS.password),
    login(base, ACCOUNTS.admin.email, ACCOUNTS.admin.password),
  ])
  const niche = await client.query(
    `select niche from campaigns where visibility = 'public' and status = 'active' group by niche order by count(*) desc limit 1`
  )
  return { power, influencer, admin, niche: String(niche.rows[0]?.niche ?? 'beauty') }
}

const commerceRoutes = () => existsSync(`${SOURCE}start/routes/commerce.ts`)

const get = (path: string, token?: string): Step => ({
  method: 'GET',
  path,
  headers: token ? bearer(token) : {},
})

async function newestActivity(client: pg.Client) {
  const result = await client.query('select max(id) as id from activities')
  return Number(result.rows[0]?.id ?? 1)
}

/** Feed pages older than a cursor walking down from the newest activity: a distinct cache key per request. */
function feedMisses(token: string, newest: number): Step {
  let miss = 0
  const path = (before: number) => `/api/v1/feed?before=${before}`
  return {
    ...get(path(newest), token),
    setupRequest: (request) => ({ ...request, path: path(newest - (miss++ % (newest - 1))) }),
  }
}

function probeOf(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>
) {
  return async () => {
    const { status, bytes } = await call(base, method, path, { token, body, headers })
    return { status, bytes }
  }
}

/** The scenarios of issue 10, in the order they run (checkout last: each sale drops the catalogue cache). */
export async function scenarios(base: string, client: pg.Client): Promise<Scenario[]> {
  const { power, influencer, admin, niche } = await sessions(base, client)
  const newest = await newestActivity(client)
  const loginBody = JSON.stringify({
    email: ACCOUNTS.shopper(CHECKOUT_SHOPPERS + 1),
    password: ACCOUNTS.password,
  })
  const campaigns = `/api/v1/campaigns?niche=${encodeURIComponent(niche)}&minBudget=1000&sort=-budget&perPage=20`
  const list: Scenario[] = [
    {
      name: 'login',
      cached: false,
      open: { rate: 10, p99TargetMs: 300 },
      note: 'POST /api/v1/auth/login with a valid password (password hash check, two tokens written)',
      steps: [
        {
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          body: loginBody,
        },
      ],
      probe: probeOf(base, 'POST', '/api/v1/auth/login', undefined, JSON.parse(loginBody)),
    },
    {
      name: 'campaign browse, filtered',
      cached: false,
      open: READ,
      cpuTargetUs: UNCACHED_CPU_US,
      note: `GET ${campaigns} as an influencer (not cached by design)`,
      steps: [get(campaigns, influencer)],
      probe: probeOf(base, 'GET', campaigns, influencer),
    },
    {
      name: 'personalised feed, 1,000 follows',
      cached: true,
      open: READ,
      p95TargetMs: 50,
      note: 'GET /api/v1/feed as the power user (1,000 follows, 100,000 activities; the first page, cached 5 min and dropped by any write it shows)',
      steps: [get('/api/v1/feed', power)],
      probe: probeOf(base, 'GET', '/api/v1/feed', power),
    },
    {
      name: 'personalised feed, uncached',
      cached: false,
      open: READ,
      cpuTargetUs: UNCACHED_CPU_US,
      note: 'GET /api/v1/feed?before=<a different activity id each time> as the power user: every request misses the cache and runs the query',
      steps: [feedMisses(power, newest)],
      probe: probeOf(base, 'GET', `/api/v1/feed?before=${newest}`, power),
    },
    {
      name: 'notifications unread count',
      cached: true,
      open: READ,
      note: 'GET /api/v1/notifications/unread-count as the power user (cached per user)',
      steps: [get('/api/v1/notifications/unread-count', power)],
      probe: probeOf(base, 'GET', '/api/v1/notifications/unread-count', power),
    },
    {
      name: 'dashboard stats, cached',
      cached: true,
      open: READ,
      note: 'GET /api/v1/admin/dashboard/stats as the admin (cached 60 s)',
      steps: [get('/api/v1/admin/dashboard/stats', admin)],
      probe: probeOf(base, 'GET', '/api/v1/admin/dashboard/stats', admin),
    },
    ...(await commerceScenarios(base, client, power)),
  ]
  return list
}

async function commerceScenarios(
  base: string,
  client: pg.Client,
  power: string
): Promise<Scenario[]> {
  const names = [
    'product list, cached',
    'product list, cached, gzip',
    'product list, uncached',
    'product detail',
    'checkout',
  ]
  const available = commerceRoutes()
    ? await call(base, 'GET', '/api/v1/products?perPage=20', { token: power })
    : null
  if (!available || available.status !== 200) {
    const unavailable = available
      ? `GET /api/v1/products answered ${available.status}`
      : 'start/routes/commerce.ts does not exist yet'
    return names.map((name) => ({
      name,
      open: name === 'checkout' ? { rate: 50, p99TargetMs: 100 } : READ,
      cached: name === 'product list, cached' || name === 'product detail',
      steps: [],
      probe: async () => ({ status: 0, bytes: 0 }),
      unavailable,
    }))
  }

  const products = await client.query(
    `select id from products where active = true and hidden_at is null order by id limit ${CHECKOUT_PRODUCTS}`
  )
  const productIds: number[] = products.rows.map((row) => Number(row.id))
  // Plenty of stock, so the checkout scenario measures sales rather than "sold out" answers.
  await client.query('update products set stock = 1000000 where id = any($1)', [productIds])
  const list = '/api/v1/products?perPage=20'
  let miss = 0
  const uncached: Step = {
    method: 'GET',
    path: list,
    headers: bearer(power),
    setupRequest: (request) => ({ ...request, path: `${list}&minPrice=${miss++ % 1_000_000}` }),
  }
  const detail = `/api/v1/products/${productIds[0]}`
  return [
    {
      name: names[0],
      cached: true,
      open: READ,
      note: `GET ${list} (cached 30 min)`,
      steps: [get(list, power)],
      probe: probeOf(base, 'GET', list, power),
    },
    {
      name: names[1],
      cached: false,
      open: READ,
      note: `GET ${list} with Accept-Encoding: gzip (compressed per request): its req/s and CPU per request against "${names[0]}" are the cost of compression`,
      steps: [{ ...get(list, power), headers: { ...bearer(power), 'accept-encoding': 'gzip' } }],
      probe: probeOf(base, 'GET', list, power, undefined, { 'accept-encoding': 'gzip' }),
    },
    {
      name: names[2],
      cached: false,
      open: READ,
      cpuTargetUs: UNCACHED_CPU_US,
      note: `GET ${list}&minPrice=<n>, n distinct on every request: each is a cache miss (PostgreSQL query, then a cache write)`,
      steps: [uncached],
      probe: probeOf(base, 'GET', `${list}&minPrice=999999999`, power),
    },
    {
      name: names[3],
      cached: true,
      open: READ,
      note: `GET ${detail} (cached 1 h)`,
      steps: [get(detail, power)],
      probe: probeOf(base, 'GET', detail, power),
    },
    await checkoutScenario(base, client, productIds),
  ]
}

/**
 * Each connection takes a shopper of a pool (one cart per shopper, so carts
 * never race), adds one unit of a product to the cart (not measured) and checks
 * out with a fresh Idempotency-Key (measured), then gives the shopper back.
 */
async function checkoutScenario(
  base: string,
  client: pg.Client,
  productIds: number[]
): Promise<Scenario> {
  const shoppers: { token: string; addressId: number }[] = []
  for (let n = 1; n <= CHECKOUT_SHOPPERS; n++) {
    const token = await login(base, ACCOUNTS.shopper(n), ACCOUNTS.password)
    const existing = await call(base, 'GET', '/api/v1/addresses', { token })
    let addressId = existing.body?.data?.[0]?.id
    if (!addressId) {
      const created = await call(base, 'POST', '/api/v1/addresses', {
        token,
        body: {
          recipient: `Bench Shopper ${n}`,
          line1: `${n} Load Street`,
          city: 'Benchville',
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
    shoppers.push({ token, addressId })
  }
  // The shoppers not in a checkout; an autocannon run that ends leaves some taken, so each run starts with all of them.
  const free = [...shoppers]
  let sequence = 0
  const json = (token: string, extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    ...bearer(token),
    ...extra,
  })
  const keyPrefix = `bench-${Date.now()}`
  const addToCart: Step = {
    method: 'POST',
    path: '/api/v1/cart/items',
    setupRequest: (request, context) => {
      const shopper = (context.shopper ??= free.shift())
      context.productId = productIds[sequence++ % productIds.length]
      return {
        ...request,
        headers: json(shopper.token),
        body: JSON.stringify({ productId: context.productId, quantity: 1 }),
      }
    },
  }
  const steps: Step[] = [
    { ...addToCart, measured: false },
    {
      method: 'POST',
      path: '/api/v1/checkout',
      setupRequest: (request, context) => ({
        ...request,
        headers: json(context.shopper.token, { 'idempotency-key': `${keyPrefix}-${sequence++}` }),
        body: JSON.stringify({ addressId: context.shopper.addressId }),
      }),
      onResponse: (_status, _body, context) => {
        free.push(context.shopper)
        context.shopper = undefined
      },
    },
  ]
  const probeShopper = shoppers[0]
  return {
    name: 'checkout',
    cached: false,
    open: { rate: 50, p99TargetMs: 100 },
    cpuTargetUs: 4000,
    note: `${CHECKOUT_SHOPPERS} shoppers, one per connection at a time: POST /api/v1/cart/items (not measured), then POST /api/v1/checkout with a new Idempotency-Key (measured); CPU/req is the checkout's alone: the cart adds' CPU per request, measured on their own after the closed loop, is taken off`,
    steps,
    beforeRun: () => void free.splice(0, free.length, ...shoppers),
    unmeasured: {
      // Alone, a connection's context starts afresh with every add: each gives its shopper back.
      steps: [
        {
          ...addToCart,
          onResponse: (_status, _body, context) => {
            free.push(context.shopper)
            context.shopper = undefined
          },
        },
      ],
      // The lines the cart adds left, so later checkouts buy one line as in the loop.
      reset: async () => {
        await client.query(
          'delete from cart_items where user_id in (select id from users where email = any($1))',
          [shoppers.map((_, i) => ACCOUNTS.shopper(i + 1))]
        )
      },
    },
    probe: async () => {
      await call(base, 'POST', '/api/v1/cart/items', {
        token: probeShopper.token,
        body: { productId: productIds[0], quantity: 1 },
      })
      return probeOf(
        base,
        'POST',
        '/api/v1/checkout',
        probeShopper.token,
        { addressId: probeShopper.addressId },
        { 'idempotency-key': `${keyPrefix}-probe` }
      )()
    },
  }
}
