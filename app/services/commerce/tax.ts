import env from '#start/env'

/** Default tax rate in basis points (20.00 %) when TAX_RATE_BP is not set. */
export const DEFAULT_TAX_RATE_BP = 2000

export const taxRateBp = () => env.get('TAX_RATE_BP', DEFAULT_TAX_RATE_BP)

/** Tax on an amount in minor units, rounded half up to a whole minor unit. */
export const taxOn = (subtotal: number, rateBp: number) =>
  Math.floor((subtotal * rateBp + 5000) / 10000)

export interface Totals {
  currency: string | null
  itemCount: number
  subtotal: number
  taxRateBp: number
  tax: number
  total: number
}

/** Totals of priced lines, all in one currency (null for no lines). */
export function totalsOf(
  lines: { unitPrice: number; quantity: number; currency: string }[],
  rateBp = taxRateBp()
): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
  const tax = taxOn(subtotal, rateBp)
  return {
    currency: lines[0]?.currency ?? null,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal,
    taxRateBp: rateBp,
    tax,
    total: subtotal + tax,
  }
}
