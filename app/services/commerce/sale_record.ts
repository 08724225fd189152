import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DateTime } from 'luxon'
import Sale, { type AddressSnapshot } from '#models/commerce/sale'
import SaleItem from '#models/commerce/sale_item'
import { sqlTime } from '#platform/db/time'
import type { Totals } from '#services/commerce/tax'

/** What a sale line keeps of its product, read back from the stock update. */
export interface SoldProduct {
  id: number
  name: string
  price: number | string
  currency: string
  category_id: number | null
  brand_id: number | null
}

/** A line of the sale: the product as sold, at its price then. */
export interface SaleLine {
  product: SoldProduct
  quantity: number
  unitPrice: number
}

export interface SaleRecord {
  userId: number
  address: AddressSnapshot
  totals: Totals
  invoiceNumber: string
  lines: SaleLine[]
  at: DateTime
}

/**
 * Writes a paid sale and its lines in `trx`, without the ORM: each insert
 * answers its rows (RETURNING, through knex: Lucid drops it on SQLite), which
 * become the Sale with its `items` loaded, so nothing is read back.
 */
export async function recordSale(trx: TransactionClientContract, record: SaleRecord) {
  const { totals } = record
  const [row] = await trx
    .knexQuery()
    .table('sales')
    .insert({
      user_id: record.userId,
      status: 'paid',
      currency: totals.currency,
      subtotal: totals.subtotal,
      tax_rate_bp: totals.taxRateBp,
      tax: totals.tax,
      total: totals.total,
      address: JSON.stringify(record.address),
      invoice_number: record.invoiceNumber,
      created_at: sqlTime(record.at, trx),
      updated_at: sqlTime(record.at, trx),
    })
    .returning('*')
  const sale = Sale.$createFromAdapterResult(row)!
  const items: Record<string, unknown>[] = await trx
    .knexQuery()
    .table('sale_items')
    .insert(
      record.lines.map((line) => ({
        sale_id: sale.id,
        product_id: line.product.id,
        category_id: line.product.category_id,
        brand_id: line.product.brand_id,
        name: line.product.name,
        unit_price: line.unitPrice,
        quantity: line.quantity,
        line_total: line.unitPrice * line.quantity,
      }))
    )
    .returning('*')
  sale.$setRelated(
    'items',
    items.map((item) => SaleItem.$createFromAdapterResult(item)!).sort((a, b) => a.id - b.id)
  )
  return sale
}
