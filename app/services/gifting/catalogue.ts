import db from '@adonisjs/lucid/services/db'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import Category from '#models/category'
import Product from '#models/product'

/** Prefix of the joined category's columns in `listableProducts` rows (`$extras.category__<column>`). */
const CATEGORY = 'category__'
/** The `categories.<column> as category__<column>` selections, built on first use (the model is booted by then). */
let categoryColumns: string[] | undefined

/**
 * Limits a query on `products` to what a shopper may be shown: active, not
 * hidden by moderation, and sold by the platform (no brand) or by an
 * approved, unblocked brand.
 */
export function whereListable<Q extends ChainableContract>(query: Q): Q {
  query
    .where('products.active', true)
    .whereNull('products.hidden_at')
    .where((q) => {
      // A correlated EXISTS: PostgreSQL probes the brand's row by primary key for
      // a few products, where `brand_id in (select … from users)` hashed every
      // active user first (~9 ms for one product at 10,000 users, ~0.3 ms now).
      q.whereNull('products.brand_id').orWhereExists((brand) =>
        brand
          .from('users as listable_brand')
          .select('listable_brand.id')
          .whereColumn('listable_brand.id', 'products.brand_id')
          .where('listable_brand.status', 'active')
          .whereNull('listable_brand.blocked_at')
      )
    })
  return query
}

/**
 * Listable products with their category path as `$extras.category_path` and
 * the whole category row, for `withCategories`. The same rule as
 * `whereListable`, with the brand joined (alias `listing_brand`) instead of
 * `brand_id in (every active brand)`: PostgreSQL otherwise hashes every
 * active user for each query (about half the time of an uncached product
 * list page and its count).
 */
export function listableProducts() {
  categoryColumns ??= [...Category.$columnsDefinitions.values()].map(
    ({ columnName }) => `categories.${columnName} as ${CATEGORY}${columnName}`
  )
  return Product.query()
    .leftJoin('categories', 'categories.id', 'products.category_id')
    .leftJoin('users as listing_brand', 'listing_brand.id', 'products.brand_id')
    .select('products.*', 'categories.path as category_path', ...categoryColumns)
    .where('products.active', true)
    .whereNull('products.hidden_at')
    .where((q) => {
      q.whereNull('products.brand_id').orWhere((brand) =>
        brand.where('listing_brand.status', 'active').whereNull('listing_brand.blocked_at')
      )
    })
}

/** A product row of `listableProductRows`: the columns a product's JSON shows, its category's id, name and slug. */
export interface ProductRow {
  id: number
  brand_id: number | null
  name: string
  description: string
  price: number | string
  currency: string
  stock: number
  images: string | string[]
  tags: string | string[]
  featured: boolean | number
  active: boolean | number
  sales_count: number | string
  created_at: Date | string
  updated_at: Date | string
  category_id: number | null
  category_name: string | null
  category_slug: string | null
}

/**
 * The rule of `listableProducts` as a plain query of ProductRow: no model is
 * hydrated (Lucid hydration, the joined category model and the transformer
 * took ~5 ms of server CPU for a page of 20 products; ProductTransformer's
 * `productRowObject` shows a row as the transformer shows a model).
 */
export function listableProductRows() {
  return db
    .from('products')
    .leftJoin('categories', 'categories.id', 'products.category_id')
    .leftJoin('users as listing_brand', 'listing_brand.id', 'products.brand_id')
    .where('products.active', true)
    .whereNull('products.hidden_at')
    .where((q) => {
      q.whereNull('products.brand_id').orWhere((brand) =>
        brand.where('listing_brand.status', 'active').whereNull('listing_brand.blocked_at')
      )
    })
}

/** The columns of ProductRow, for `listableProductRows().select(...)`. */
export const PRODUCT_ROW_COLUMNS = [
  'products.id',
  'products.brand_id',
  'products.name',
  'products.description',
  'products.price',
  'products.currency',
  'products.stock',
  'products.images',
  'products.tags',
  'products.featured',
  'products.active',
  'products.sales_count',
  'products.created_at',
  'products.updated_at',
  'categories.id as category_id',
  'categories.name as category_name',
  'categories.slug as category_slug',
]

/**
 * Gives each product of `listableProducts` its `category` relation from the
 * columns the query joined, as `preload('category')` would, without its
 * second query (one round trip fewer for every catalogue read).
 */
export function withCategories<T extends Product | Product[]>(products: T): T {
  for (const product of Array.isArray(products) ? products : [products]) {
    const row: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(product.$extras)) {
      if (key.startsWith(CATEGORY)) row[key.slice(CATEGORY.length)] = value
    }
    if (row.id !== null && row.id !== undefined)
      product.$setRelated('category', Category.$createFromAdapterResult(row)!)
  }
  return products
}

/** A sub-query of the ids of listable products. */
export const listableProductIds = (q: ChainableContract) =>
  whereListable(q.from('products').select('products.id'))

/** Price limits of a session's budget (minor units), when it has them. */
export function withinBudget(
  query: ReturnType<typeof listableProducts>,
  budget: { budgetMin: number | null; budgetMax: number | null }
) {
  if (budget.budgetMin !== null) query.where('products.price', '>=', budget.budgetMin)
  if (budget.budgetMax !== null) query.where('products.price', '<=', budget.budgetMax)
  return query
}

/** Ids of category path "/1/4/9/", root first. */
export const pathIds = (path: string | null | undefined) =>
  (path ?? '').split('/').filter(Boolean).map(Number)

/** Lower-cased tags of a raw `products.tags` JSON text. */
export function parseTags(raw: unknown): string[] {
  let tags: unknown = raw
  if (typeof raw === 'string') {
    try {
      tags = JSON.parse(raw)
    } catch {
      return []
    }
  }
  return Array.isArray(tags)
    ? [
        ...new Set(
          tags.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase())
        ),
      ]
    : []
}
