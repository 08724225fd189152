/**
 * OpenAPI schemas of the responses documented in app/platform/openapi/paths/commerce.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  ref,
  string,
  type Schema,
} from '#platform/openapi/schema'
import { MAX_PRICE } from '#validators/commerce/catalogue'

export const money = (keywords: Schema = {}) =>
  integer({
    minimum: 0,
    maximum: MAX_PRICE,
    description: 'Integer minor units (cents)',
    ...keywords,
  })

export const categoryFields = {
  id: integer(),
  parentId: nullable(integer()),
  name: string(),
  slug: string(),
  path: string({
    examples: ['/1/4/9/'],
    description: 'Ids of the ancestors and the category itself',
  }),
  position: integer({ description: 'Order among siblings' }),
}
export const productCount = integer({
  minimum: 0,
  description: 'Listable products in the category and its descendants (with `counts=true`)',
})

export const addressFields = {
  recipient: string({ minLength: 1, maxLength: 120 }),
  line1: string({ minLength: 1, maxLength: 200 }),
  city: string({ minLength: 1, maxLength: 100 }),
  postalCode: string({ minLength: 1, maxLength: 20 }),
  country: string({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2; upper-cased' }),
}
export const addressOptional = {
  line2: nullable(string({ maxLength: 200 })),
  phone: nullable(string({ maxLength: 30, pattern: '^\\+?[0-9 ()-]{3,30}$' })),
}
export const addressSnapshot = object({ ...addressFields, ...addressOptional })

export const lines = array(
  object({
    productId: nullable(integer({ description: 'Null once the product was deleted' })),
    name: string(),
    unitPrice: money(),
    quantity: integer(),
    lineTotal: money(),
  }),
  {
    description: 'Name and unit price as they were at checkout',
  }
)
export const totals = {
  currency: string(),
  subtotal: money(),
  taxRateBp: integer({ description: 'Tax rate in basis points (2000 = 20 %)' }),
  tax: money(),
  total: money({ description: 'Subtotal plus tax' }),
}

export const commerceSchemas = {
  ProductCategory: object(
    { ...categoryFields, createdAt: dateTime(), updatedAt: dateTime() },
    { productCount }
  ),
  ProductCategoryDetail: object({
    ...categoryFields,
    productCount: integer({
      minimum: 0,
      description: 'Listable products in the category and its descendants',
    }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
    ancestors: array(object(categoryFields), { description: 'From the root down to the parent' }),
    children: array(
      object({
        ...categoryFields,
        productCount: integer({
          minimum: 0,
          description: 'Listable products in the child and its descendants',
        }),
      }),
      {
        description: 'Direct children, by position then name',
      }
    ),
  }),
  ProductCategoryNode: object(
    { ...categoryFields, children: array(ref('ProductCategoryNode')) },
    { productCount }
  ),
  Product: object({
    id: integer(),
    name: string(),
    description: string(),
    price: money(),
    currency: string({ minLength: 3, maxLength: 3 }),
    stock: integer({ minimum: 0 }),
    inStock: boolean(),
    images: array(string()),
    tags: array(string()),
    category: nullable(object({ id: integer(), name: string(), slug: string() })),
    brandId: nullable(
      integer({ description: 'The selling brand; null for platform products (created by admins)' })
    ),
    featured: boolean(),
    active: boolean(),
    salesCount: integer({ minimum: 0 }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  CartLine: object({
    productId: integer(),
    quantity: integer({ minimum: 1 }),
    unitPrice: money({ description: 'Current price' }),
    lineTotal: money(),
    product: ref('Product'),
    addedAt: dateTime(),
  }),
  CartTotal: object({
    currency: nullable(string({ description: 'Null for an empty cart' })),
    itemCount: integer({ minimum: 0 }),
    subtotal: money(),
    taxRateBp: integer(),
    tax: money(),
    total: money(),
  }),
  Address: object({
    id: integer(),
    ...addressFields,
    ...addressOptional,
    isDefault: boolean({ description: 'Exactly one address of a shopper is the default' }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  Sale: object({
    id: integer(),
    userId: nullable(integer()),
    invoiceNumber: string({
      examples: ['INV-2026-000042'],
      description: 'Sequential per calendar year (UTC), without gaps',
    }),
    status: oneOf(['paid']),
    ...totals,
    itemCount: integer(),
    items: lines,
    address: addressSnapshot,
    createdAt: dateTime(),
  }),
  Invoice: object({
    saleId: integer(),
    number: string(),
    issuedAt: dateTime(),
    ...totals,
    lines,
    address: addressSnapshot,
    html: string({ description: 'The HTML invoice, as e-mailed to the buyer' }),
  }),
  SalesAnalytics: object({
    totals: object({ count: integer(), revenue: money() }),
    byDay: array(
      object({
        day: string({ format: 'date' }),
        count: integer(),
        revenue: money({ description: 'Sale totals, tax included' }),
      }),
      {
        description: 'Every UTC day of the range, zeros included',
      }
    ),
    byCategory: array(
      object({
        categoryId: nullable(integer()),
        name: nullable(string()),
        revenue: money({ description: 'Line totals before tax' }),
        units: integer(),
      })
    ),
    byProduct: array(
      object({
        productId: nullable(integer()),
        name: string(),
        revenue: money({ description: 'Line totals before tax' }),
        units: integer(),
      }),
      {
        description: 'At most 100, by revenue',
      }
    ),
    topProducts: array(
      object({
        productId: nullable(integer()),
        name: string(),
        revenue: money(),
        units: integer(),
      }),
      { description: 'By units sold' }
    ),
  }),
}
