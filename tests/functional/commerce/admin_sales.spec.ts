import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { CACHE_PREFIX } from '#config/cache'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, categoryUnder, productFor, purchase } from '#tests/support/commerce'
import { sqlTime } from '#platform/db/time'

/** Moves a sale to a given UTC day (sales are stamped "now"; analytics group them by day). */
const moveSale = (id: number, day: string, hour = 12) =>
  db
    .from('sales')
    .where('id', id)
    .update({ created_at: sqlTime(new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`)) })

test.group('commerce / admin sales', (group) => {
  isolate(group)

  test('admins list every sale, newest first, with filters and the one pagination shape', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const gift = await productFor({ price: 1_000, stock: 100 })
    const a = await purchase(client, gift.id, 1)
    const b = await purchase(client, gift.id, 5)

    const mine = await client
      .get(`${API}/admin/sales?userId=${a.buyer.user.id}`)
      .bearerToken(admin.token)
    mine.assertStatus(200)
    assert.deepEqual(
      mine.body().data.map((s: { id: number }) => s.id),
      [a.sale.id]
    )
    assert.containsSubset(mine.body().meta, { page: 1, perPage: 20, total: 1, lastPage: 1 })
    assert.isString(mine.body().meta.computedAt)

    const big = await client
      .get(`${API}/admin/sales?minTotal=${b.sale.total}&perPage=100`)
      .bearerToken(admin.token)
    assert.include(
      big.body().data.map((s: { id: number }) => s.id),
      b.sale.id
    )
    assert.notInclude(
      big.body().data.map((s: { id: number }) => s.id),
      a.sale.id
    )
    const byNumber = await client
      .get(`${API}/admin/sales?invoice=${b.sale.invoiceNumber.toLowerCase()}`)
      .bearerToken(admin.token)
    assert.deepEqual(
      byNumber.body().data.map((s: { id: number }) => s.id),
      [b.sale.id]
    )

    await moveSale(a.sale.id, '2001-02-03')
    await purchase(client, gift.id, 1) // a checkout drops the cached lists
    const onDay = await client
      .get(`${API}/admin/sales?from=2001-02-03&to=2001-02-03`)
      .bearerToken(admin.token)
    assert.deepEqual(
      onDay.body().data.map((s: { id: number }) => s.id),
      [a.sale.id]
    )
    ;(
      await client.get(`${API}/admin/sales?from=2001-02-04&to=2001-02-03`).bearerToken(admin.token)
    ).assertStatus(422)
    ;(await client.get(`${API}/admin/sales?from=yesterday`).bearerToken(admin.token)).assertStatus(
      422
    )
    // A minimum total beyond any price is refused, not sent to the database.
    const huge = await client.get(`${API}/admin/sales?minTotal=1e20`).bearerToken(admin.token)
    huge.assertStatus(422)
    assert.equal(huge.body().errors[0].field, 'minTotal')
  })

  test('analytics: revenue by day, by category and by product, and the top products', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const root = await categoryUnder(null, 'Garden')
    const leaf = await categoryUnder(root, 'Tools')
    const spade = await productFor({ price: 2_000, stock: 100, categoryId: leaf.id, name: 'Spade' })
    const seeds = await productFor({ price: 300, stock: 100, categoryId: root.id, name: 'Seeds' })
    const first = await purchase(client, spade.id, 1)
    const second = await purchase(client, seeds.id, 10)
    const third = await purchase(client, spade.id, 2)
    await moveSale(first.sale.id, '2002-05-01')
    await moveSale(second.sale.id, '2002-05-01', 23)
    await moveSale(third.sale.id, '2002-05-03')
    await purchase(client, seeds.id, 1) // today: outside the range; drops the cached figures

    const res = await client
      .get(`${API}/admin/sales/analytics?from=2002-05-01&to=2002-05-03&top=1`)
      .bearerToken(admin.token)
    res.assertStatus(200)
    const figures = res.body().data
    assert.deepEqual(figures.byDay, [
      { day: '2002-05-01', count: 2, revenue: first.sale.total + second.sale.total },
      { day: '2002-05-02', count: 0, revenue: 0 },
      { day: '2002-05-03', count: 1, revenue: third.sale.total },
    ])
    assert.deepEqual(figures.totals, {
      count: 3,
      revenue: first.sale.total + second.sale.total + third.sale.total,
    })
    assert.deepEqual(figures.byCategory, [
      { categoryId: leaf.id, name: 'Tools', revenue: 6_000, units: 3 },
      { categoryId: root.id, name: 'Garden', revenue: 3_000, units: 10 },
    ])
    assert.deepEqual(figures.byProduct, [
      { productId: spade.id, name: 'Spade', revenue: 6_000, units: 3 },
      { productId: seeds.id, name: 'Seeds', revenue: 3_000, units: 10 },
    ])
    assert.deepEqual(figures.topProducts, [
      { productId: seeds.id, name: 'Seeds', revenue: 3_000, units: 10 },
    ])
    assert.containsSubset(res.body().meta, { from: '2002-05-01', to: '2002-05-03' })

    ;(
      await client
        .get(`${API}/admin/sales/analytics?from=2002-05-03&to=2002-05-01`)
        .bearerToken(admin.token)
    ).assertStatus(422)
    ;(
      await client
        .get(`${API}/admin/sales/analytics?from=1990-01-01&to=2002-05-01`)
        .bearerToken(admin.token)
    ).assertStatus(422)
  })

  test('the list and analytics are cached 10 minutes and a checkout shows in them at once', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const gift = await productFor({ price: 500, stock: 100 })
    await purchase(client, gift.id, 1)
    const read = () => client.get(`${API}/admin/sales/analytics`).bearerToken(admin.token)
    const before = await read()
    const again = await read()
    assert.equal(again.body().meta.computedAt, before.body().meta.computedAt)
    const today = before.body().meta.to
    const key = `${CACHE_PREFIX}:salesAnalytics:analytics:${before.body().meta.from}:${today}:10`
    const ttl = (await redis.pttl(key)) / 1000
    assert.isAbove(ttl, 9 * 60)
    assert.isAtMost(ttl, 10 * 60)

    const list = () => client.get(`${API}/admin/sales?perPage=1`).bearerToken(admin.token)
    const listed = await list()
    assert.equal((await list()).body().meta.computedAt, listed.body().meta.computedAt)

    const { sale } = await purchase(client, gift.id, 3)
    const after = await read()
    const day = (body: any) => body.data.byDay.find((d: { day: string }) => d.day === today)
    assert.equal(day(after.body()).count, day(before.body()).count + 1)
    assert.equal(day(after.body()).revenue, day(before.body()).revenue + sale.total)
    assert.equal((await list()).body().data[0].id, sale.id)
  })

  test('sales figures are for admins only', async ({ client }) => {
    for (const persona of ['shopper', 'sponsor', 'influencer'] as const) {
      const { token } = await actor(persona)
      ;(await client.get(`${API}/admin/sales`).bearerToken(token)).assertStatus(403)
      ;(await client.get(`${API}/admin/sales/analytics`).bearerToken(token)).assertStatus(403)
    }
    ;(await client.get(`${API}/admin/sales`)).assertStatus(401)
  })
})
