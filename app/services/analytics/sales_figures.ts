import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import { dayOf } from '#services/analytics/date_buckets'

/**
 * Sales figures for the admin dashboard: the number of sales and the revenue
 * (integer minor units, tax included) in the currency most sales use.
 */
export async function salesTotals(connection?: string) {
  const rows = await db
    .connection(connection)
    .from('sales')
    .select('currency')
    .count('* as count')
    .sum('total as revenue')
    .groupBy('currency')
  const byCurrency = rows
    .map((row) => ({
      currency: String(row.currency),
      count: Number(row.count),
      revenue: Number(row.revenue ?? 0),
    }))
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
  const main = byCurrency[0] ?? { currency: 'USD', revenue: 0 }
  return {
    count: byCurrency.reduce((n, c) => n + c.count, 0),
    revenue: main.revenue,
    currency: main.currency,
  }
}

/** Sales count and revenue per UTC day in [from, to]. */
export async function salesPerDay(from: DateTime, to: DateTime, connection?: string) {
  const day = dayOf('created_at', connection)
  const rows = await db
    .connection(connection)
    .from('sales')
    .select(db.raw(`${day} as day`))
    .count('* as count')
    .sum('total as revenue')
    .whereRaw(`${day} >= ?`, [from.toISODate()!])
    .whereRaw(`${day} <= ?`, [to.toISODate()!])
    .groupByRaw(day)
  return new Map(
    rows.map((row) => [
      String(row.day),
      { count: Number(row.count), revenue: Number(row.revenue ?? 0) },
    ])
  )
}
