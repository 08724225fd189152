import db from '@adonisjs/lucid/services/db'
import type { SwipeAction } from '#models/swipe'
import { parseTags } from '#services/gifting/catalogue'
import type { QueryScope } from '#platform/db/query'

/** A swiped product as preference analytics and scoring read it. */
export interface SwipedProduct {
  action: SwipeAction
  productId: number
  price: number
  salesCount: number
  tags: string[]
  categoryId: number | null
  categoryName: string | null
  categoryPath: string | null
  brandId: number | null
  brandName: string | null
}

export const isLike = (action: SwipeAction) => action === 'like' || action === 'superlike'

/** Every swipe of the session with the product's current price, tags, category and brand, oldest first. */
export function swipedProducts(sessionId: number) {
  return swipedProductsWhere((q) => q.where('swipes.session_id', sessionId))
}

/** `swipedProducts` over the swipes `scope` selects (a shopper's sessions, a period). */
export async function swipedProductsWhere(scope: QueryScope): Promise<SwipedProduct[]> {
  const rows = await scope(
    db
      .from('swipes')
      .join('products', 'products.id', 'swipes.product_id')
      .leftJoin('categories', 'categories.id', 'products.category_id')
      .leftJoin('users as brands', 'brands.id', 'products.brand_id')
  )
    .orderBy('swipes.id')
    .select(
      'swipes.action',
      'products.id as product_id',
      'products.price',
      'products.sales_count',
      'products.tags',
      'categories.id as category_id'
    )
    .select(
      'categories.name as category_name',
      'categories.path as category_path',
      'brands.id as brand_id',
      'brands.full_name as brand_name'
    )
  return rows.map((row) => ({
    action: row.action,
    productId: row.product_id,
    price: Number(row.price),
    salesCount: Number(row.sales_count),
    tags: parseTags(row.tags),
    categoryId: row.category_id ?? null,
    categoryName: row.category_name ?? null,
    categoryPath: row.category_path ?? null,
    brandId: row.brand_id ?? null,
    brandName: row.brand_name ?? null,
  }))
}

/** Median of integer prices, rounded to a whole minor unit; null for none. */
export function median(values: number[]) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}
