/**
 * The named OpenAPI components of the commerce responses (app/openapi/commerce.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { array, integer, nullable, object, string } from '#platform/openapi/schema'
import { addressSchema } from '#transformers/commerce/address_transformer'
import { cartLineSchema } from '#transformers/commerce/cart_transformer'
import {
  categoryDetailSchema,
  categoryNodeSchema,
  categorySchema,
} from '#transformers/commerce/category_transformer'
import { invoiceSchema } from '#transformers/commerce/invoice_transformer'
import { money, productSchema } from '#transformers/commerce/product_transformer'
import { saleSchema } from '#transformers/commerce/sale_transformer'

export const cartTotalSchema = object({
  currency: nullable(string({ description: 'Null for an empty cart' })),
  itemCount: integer({ minimum: 0 }),
  subtotal: money(),
  taxRateBp: integer(),
  tax: money(),
  total: money(),
})

export const salesAnalyticsSchema = object({
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
})

export const commerceSchemas = {
  ProductCategory: categorySchema,
  ProductCategoryDetail: categoryDetailSchema,
  ProductCategoryNode: categoryNodeSchema,
  Product: productSchema,
  CartLine: cartLineSchema,
  CartTotal: cartTotalSchema,
  Address: addressSchema,
  Sale: saleSchema,
  Invoice: invoiceSchema,
  SalesAnalytics: salesAnalyticsSchema,
}
