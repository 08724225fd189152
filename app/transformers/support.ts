import type { DateTime } from 'luxon'

/**
 * Helpers the transformers share, so what they write matches the type of their
 * resource's schema (`Infer<typeof schema>`).
 */

/** A model's timestamp in ISO 8601. Luxon answers null for an invalid DateTime: a bug, not a value. */
export function iso(value: DateTime): string {
  const text = value.toISO()
  if (text === null) throw new Error(`Invalid DateTime: ${value.invalidReason}`)
  return text
}

/** An optional timestamp in ISO 8601, or null. */
export const isoOrNull = (value: DateTime | null | undefined) => (value ? iso(value) : null)

/** A calendar date, YYYY-MM-DD. */
export function isoDate(value: DateTime): string {
  const text = value.toISODate()
  if (text === null) throw new Error(`Invalid DateTime: ${value.invalidReason}`)
  return text
}

/**
 * What the resource must have for its schema: a relation the caller preloads, a
 * column that is never null. A missing one is a bug, not a partial resource.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`)
  return value
}
