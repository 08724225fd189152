/** Formats integer minor units, e.g. 120050 USD → "$1,200.50". */
export function formatMoney(minor: number, currency = 'USD') {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100)
}
