import { BaseTransformer } from '@adonisjs/core/transformers'
import type Sale from '#models/commerce/sale'
import { SALE_STATUSES } from '#models/commerce/sale'
import {
  array,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { addressFields } from '#transformers/commerce/address_transformer'
import { money } from '#transformers/commerce/product_transformer'
import { iso, required } from '#transformers/support'

/** The delivery address as it was at checkout. */
export const addressSnapshot = object(addressFields)

export const saleLinesSchema = array(
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

export const saleSchema = object({
  id: integer(),
  userId: nullable(integer()),
  invoiceNumber: string({
    examples: ['INV-2026-000042'],
    description: 'Sequential per calendar year (UTC), without gaps',
  }),
  status: oneOf(SALE_STATUSES),
  ...totals,
  itemCount: integer(),
  items: saleLinesSchema,
  address: addressSnapshot,
  createdAt: dateTime(),
})

/** The line items with their price snapshots (needs `items` preloaded). */
export const saleLines = (sale: Sale): Infer<typeof saleLinesSchema> =>
  sale.items.map((item) => ({
    productId: item.productId,
    name: item.name,
    unitPrice: item.unitPrice,
    quantity: item.quantity,
    lineTotal: item.lineTotal,
  }))

/** The address snapshot (a NOT NULL column). */
export const saleAddress = (sale: Sale) => required(sale.address, `Sale ${sale.id} address`)

export default class SaleTransformer extends BaseTransformer<Sale> {
  toObject(): Infer<typeof saleSchema> {
    const s = this.resource
    return {
      id: s.id,
      userId: s.userId,
      invoiceNumber: s.invoiceNumber,
      status: s.status,
      currency: s.currency,
      subtotal: s.subtotal,
      taxRateBp: s.taxRateBp,
      tax: s.tax,
      total: s.total,
      itemCount: s.items.reduce((sum, item) => sum + item.quantity, 0),
      items: saleLines(s),
      address: saleAddress(s),
      createdAt: iso(s.createdAt),
    }
  }
}
