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
