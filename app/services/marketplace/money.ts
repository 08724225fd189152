/** One formatter per currency: building an Intl.NumberFormat costs far more than formatting with it. */
const formatters = new Map<string, Intl.NumberFormat>()

/** Formats integer minor units, e.g. 120050 USD → "$1,200.50". */
export function formatMoney(minor: number, currency = 'USD') {
  let formatter = formatters.get(currency)
  if (!formatter)
    formatters.set(
      currency,
      (formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency }))
    )
  return formatter.format(minor / 100)
}
