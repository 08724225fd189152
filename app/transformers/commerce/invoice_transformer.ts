import { BaseTransformer } from '@adonisjs/core/transformers'
import type Sale from '#models/commerce/sale'
import { dateTime, integer, object, string, type Infer } from '#platform/openapi/schema'
import {
  addressSnapshot,
  saleAddress,
  saleLines,
  saleLinesSchema,
  totals,
} from '#transformers/commerce/sale_transformer'
import { iso } from '#transformers/support'

export const invoiceSchema = object({
  saleId: integer(),
  number: string(),
  issuedAt: dateTime(),
  ...totals,
  lines: saleLinesSchema,
  address: addressSnapshot,
  html: string({ description: 'The HTML invoice, as e-mailed to the buyer' }),
})

/** A sale's invoice with the HTML the e-mail carries. */
export default class InvoiceTransformer extends BaseTransformer<{ sale: Sale; html: string }> {
  toObject(): Infer<typeof invoiceSchema> {
    const { sale, html } = this.resource
    return {
      saleId: sale.id,
      number: sale.invoiceNumber,
      issuedAt: iso(sale.createdAt),
      currency: sale.currency,
      lines: saleLines(sale),
      subtotal: sale.subtotal,
      taxRateBp: sale.taxRateBp,
      tax: sale.tax,
      total: sale.total,
      address: saleAddress(sale),
      html,
    }
  }
}
