import type { DateTime } from 'luxon'

/**
 * Sales figures for the dashboard. The commerce module (sales table) fills
 * these in; until a sale exists anywhere they are zero.
 */
export async function salesTotals() {
  return { count: 0, revenue: 0, currency: 'USD' }
}

export async function salesPerDay(_from: DateTime, _to: DateTime) {
  return new Map<string, { count: number; revenue: number }>()
}
