import edge from 'edge.js'
import { appUrl } from '#config/app'
import type Sale from '#models/commerce/sale'
import type { AddressSnapshot } from '#models/commerce/sale'
import { mailUser, type MailUser } from '#mails/registry'
import { formatMoney } from '#services/marketplace/money'

/** An invoice as the e-mail templates show it: amounts already formatted. */
export type InvoiceView = {
  number: string
  issuedAt: string
  lines: { name: string; quantity: number; unitPrice: string; total: string }[]
  subtotal: string
  taxRate: string
  tax: string
  total: string
  address: string | null
}

const addressLine = (a: AddressSnapshot | null) =>
  a
    ? [a.recipient, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country]
        .filter(Boolean)
        .join(', ')
    : null

/** Whom the invoice is addressed to: the buyer, or the delivery recipient once the account is gone. */
export function invoiceRecipient(sale: Sale): MailUser {
  const user = sale.$preloaded.user as Sale['user'] | null | undefined
  if (user) return mailUser(user)
  return {
    email: '',
    fullName: sale.address?.recipient ?? 'Customer',
    role: 'shopper',
    status: 'active',
  }
}

/** A sale's invoice: the numbers, the view the templates render and the rendered HTML (needs `items` preloaded). */
export default class InvoiceService {
  view(sale: Sale): InvoiceView {
    const money = (minor: number) => formatMoney(minor, sale.currency)
    return {
      number: sale.invoiceNumber,
      issuedAt: sale.createdAt.toUTC().toISODate()!,
      lines: sale.items.map((item) => ({
        name: item.name,
        quantity: item.quantity,
        unitPrice: money(item.unitPrice),
        total: money(item.lineTotal),
      })),
      subtotal: money(sale.subtotal),
      taxRate: `${sale.taxRateBp / 100}%`,
      tax: money(sale.tax),
      total: money(sale.total),
      address: addressLine(sale.address),
    }
  }

  /** The same HTML the invoice e-mail carries. */
  html(sale: Sale) {
    return edge.render('emails/invoice_html', {
      invoice: this.view(sale),
      user: invoiceRecipient(sale),
      appUrl,
    })
  }
}
