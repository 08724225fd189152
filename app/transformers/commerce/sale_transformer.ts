import { BaseTransformer } from '@adonisjs/core/transformers'
import type Sale from '#models/commerce/sale'

/** The line items with their price snapshots (needs `items` preloaded). */
export const saleLines = (sale: Sale) =>
  sale.items.map((item) => ({
    productId: item.productId,
    name: item.name,
    unitPrice: item.unitPrice,
    quantity: item.quantity,
    lineTotal: item.lineTotal,
  }))

export default class SaleTransformer extends BaseTransformer<Sale> {
  toObject() {
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
      address: s.address,
      createdAt: s.createdAt.toISO(),
    }
  }
}
