import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import { bucketsBetween, dayOf } from '#services/analytics/date_buckets'
import { salesPerDay } from '#services/analytics/sales_figures'
import { SALES_TAG } from '#services/commerce/sales_range'
import CacheService from '#platform/cache/cache_service'
import type { Infer } from '#platform/openapi/schema'
import type { salesAnalyticsSchema } from '#transformers/commerce/commerce_schemas'

export interface SalesRange {
  from: DateTime
  to: DateTime
  top: number
}

/** Products in `byProduct`, by revenue. */
const MAX_PRODUCTS = 100

/**
 * Sales analytics over UTC days [from, to], cached 10 minutes (family
 * `salesAnalytics`) and dropped by every checkout. `byDay` counts sales and
 * their totals (tax included); the category and product figures add up line
 * totals (before tax) and units.
 */
@inject()
export default class SalesAnalyticsService {
  constructor(private cache: CacheService) {}

  report(range: SalesRange) {
    return this.cache.remember(
      'salesAnalytics',
      `analytics:${range.from.toISODate()}:${range.to.toISODate()}:${range.top}`,
      async (): Promise<Infer<typeof salesAnalyticsSchema>> => {
        const perDay = await salesPerDay(range.from, range.to)
        const byDay = bucketsBetween(range.from, range.to, 'day').map((day) => ({
          day,
          count: 0,
          revenue: 0,
          ...perDay.get(day),
        }))
        const byProduct = await this.#byProduct(range)
        return {
          totals: {
            count: byDay.reduce((n, d) => n + d.count, 0),
            revenue: byDay.reduce((n, d) => n + d.revenue, 0),
          },
          byDay,
          byCategory: await this.#byCategory(range),
          byProduct,
          topProducts: [...byProduct]
            .sort(
              (a, b) => b.units - a.units || b.revenue - a.revenue || a.name.localeCompare(b.name)
            )
            .slice(0, range.top),
        }
      },
      { tags: [SALES_TAG] }
    )
  }

  /** Line items of the sales in range. */
  #lines(range: SalesRange) {
    const day = dayOf('sales.created_at')
    return db
      .from('sale_items')
      .join('sales', 'sales.id', 'sale_items.sale_id')
      .whereRaw(`${day} >= ?`, [range.from.toISODate()!])
      .whereRaw(`${day} <= ?`, [range.to.toISODate()!])
  }

  async #byCategory(range: SalesRange) {
    const rows = await this.#lines(range)
      .leftJoin('categories', 'categories.id', 'sale_items.category_id')
      .groupBy('sale_items.category_id', 'categories.name')
      .select('sale_items.category_id', 'categories.name')
      .sum('sale_items.line_total as revenue')
      .sum('sale_items.quantity as units')
    return rows
      .map((row) => ({
        categoryId: row.category_id === null ? null : Number(row.category_id),
        name: row.name === null ? null : String(row.name),
        revenue: Number(row.revenue ?? 0),
        units: Number(row.units ?? 0),
      }))
      .sort((a, b) => b.revenue - a.revenue || (a.categoryId ?? 0) - (b.categoryId ?? 0))
  }

  /** Per product (named by one of its line snapshots), or per name for lines whose product was deleted. */
  async #byProduct(range: SalesRange) {
    const rows = await this.#lines(range)
      .groupBy('sale_items.product_id')
      .groupByRaw('case when sale_items.product_id is null then sale_items.name end')
      .select('sale_items.product_id')
      .max('sale_items.name as name')
      .sum('sale_items.line_total as revenue')
      .sum('sale_items.quantity as units')
    return rows
      .map((row) => ({
        productId: row.product_id === null ? null : Number(row.product_id),
        name: String(row.name),
        revenue: Number(row.revenue ?? 0),
        units: Number(row.units ?? 0),
      }))
      .sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name))
      .slice(0, MAX_PRODUCTS)
  }
}
