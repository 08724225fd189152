import { BaseTransformer } from '@adonisjs/core/transformers'
import type Sale from '#models/commerce/sale'
import { saleLines } from '#transformers/commerce/sale_transformer'

/** A sale's invoice with the HTML the e-mail carries. */
export default class InvoiceTransformer extends BaseTransformer<{ sale: Sale; html: string }> {
  toObject() {
    const { sale, html } = this.resource
    return {
      saleId: sale.id,
      number: sale.invoiceNumber,
      issuedAt: sale.createdAt.toISO(),
      currency: sale.currency,
      lines: saleLines(sale),
      subtotal: sale.subtotal,
      taxRateBp: sale.taxRateBp,
      tax: sale.tax,
      total: sale.total,
      address: sale.address,
      html,
    }
  }
}
