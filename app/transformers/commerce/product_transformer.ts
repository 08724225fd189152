import { BaseTransformer } from '@adonisjs/core/transformers'
import type Product from '#models/product'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  string,
  type Infer,
  type Keywords,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'
import { jsonColumn } from '#models/json_column'
import type { ProductRow } from '#services/gifting/catalogue'
import { isoTime } from '#transformers/community/row_time'
import { MAX_PRICE } from '#validators/commerce/catalogue'

export const money = (keywords: Keywords = {}) =>
  integer({
    minimum: 0,
    maximum: MAX_PRICE,
    description: 'Integer minor units (cents)',
    ...keywords,
  })

export const productSummaryFields = {
  id: integer(),
  name: string(),
  description: string(),
  price: money(),
  currency: string({ minLength: 3, maxLength: 3 }),
  images: array(string()),
  tags: array(string()),
  category: nullable(object({ id: integer(), name: string(), slug: string() })),
  brandId: nullable(
    integer({ description: 'The selling brand; null for platform products (created by admins)' })
  ),
}

/** What every view of a product shows (catalogue, swipe cards, recommendations). */
export const productSummarySchema = object(productSummaryFields)

export const productSchema = object({
  ...productSummaryFields,
  stock: integer({ minimum: 0 }),
  inStock: boolean(),
  featured: boolean(),
  active: boolean(),
  salesCount: integer({ minimum: 0 }),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

export function productSummary(p: Product): Infer<typeof productSummarySchema> {
  const category = p.$preloaded.category as Product['category'] | null | undefined
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    price: p.price,
    currency: p.currency,
    images: p.images,
    tags: p.tags,
    category: category ? { id: category.id, name: category.name, slug: category.slug } : null,
    brandId: p.brandId,
  }
}

export const productObject = (p: Product): Infer<typeof productSchema> => ({
  ...productSummary(p),
  stock: p.stock,
  inStock: p.stock > 0,
  featured: p.featured,
  active: p.active,
  salesCount: Number(p.salesCount),
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
})

export default class ProductTransformer extends BaseTransformer<Product> {
  toObject() {
    return productObject(this.resource)
  }
}

const stringList = jsonColumn<string[]>([]).consume

/**
 * A `listableProductRows` row as ProductTransformer shows the product (the
 * same keys in the same order, the model's column conversions), without a
 * model, its preloaded category or the transformer machinery.
 */
export function productRowObject(row: ProductRow): Infer<typeof productSchema> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    price: Number(row.price),
    currency: row.currency,
    images: stringList(row.images),
    tags: stringList(row.tags),
    category:
      row.category_id !== null && row.category_id !== undefined
        ? { id: row.category_id, name: row.category_name!, slug: row.category_slug! }
        : null,
    brandId: row.brand_id,
    stock: row.stock,
    inStock: row.stock > 0,
    featured: Boolean(row.featured),
    active: Boolean(row.active),
    salesCount: Number(row.sales_count),
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  }
}
