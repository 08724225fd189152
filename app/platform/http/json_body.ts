import { safeStringify } from '@poppinss/utils/json'

/** Objects settled by `settleJson` (a value and its direct children): their JSON can never change. */
const settled = new WeakSet<object>()
/** The JSON text of settled objects, built on their first serialization (or given by `rememberJsonText`). */
const texts = new WeakMap<object, string>()

/** Deep-freezes JSON data (plain objects and arrays, as JSON.parse builds them); returns `value`. */
export function freezeJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) for (const item of value) freezeJson(item)
  else for (const key in value) freezeJson((value as Record<string, unknown>)[key])
  return Object.freeze(value)
}

/**
 * Deep-freezes JSON data (`freezeJson`) and marks it and its direct children
 * as settled: the response encoder then builds each one's JSON text once,
 * however many responses carry it (a cache hit answers the same value to
 * every request; its direct children are what responses put under `data`).
 * Only those are marked (a WeakSet entry per object costs more than freezing
 * it). Returns `value`; a settled value returns at once. Writing to it throws a
 * TypeError, so nothing can change a value another request answers.
 */
export function settleJson<T>(value: T): T {
  if (value === null || typeof value !== 'object' || settled.has(value)) return value
  freezeJson(value)
  settled.add(value)
  if (!Array.isArray(value))
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key]
      if (child !== null && typeof child === 'object') settled.add(child)
    }
  return value
}

/**
 * Records the JSON text of a frozen `value` that was just serialized, so the
 * cache's serializer writes that text instead of serializing it again.
 * `text` must be `JSON.stringify(value)`.
 */
export function rememberJsonText<T extends object>(value: T, text: string): T {
  texts.set(value, text)
  return value
}

/** The JSON text of a value when it was built or given already, undefined otherwise. */
export const knownJsonText = (value: unknown): string | undefined =>
  value !== null && typeof value === 'object' ? texts.get(value) : undefined

export const isSettledJson = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && settled.has(value)

/** The JSON text of a settled object (built once), undefined for anything else. */
function settledText(value: unknown): string | undefined {
  if (!isSettledJson(value)) return undefined
  let text = texts.get(value)
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)))
  return text
}

/**
 * A response envelope (`{ data, meta }`) one of whose top-level values is
 * settled, as JSON.stringify would write it, with the settled values' text
 * taken from the memo; undefined for any other payload.
 */
function withSettledParts(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined
  if (Object.getPrototypeOf(payload) !== Object.prototype) return undefined
  const record = payload as Record<string, unknown>
  const keys = Object.keys(record)
  if (!keys.some((key) => settled.has(record[key] as object))) return undefined
  const parts: string[] = []
  for (const key of keys) {
    const text = settledText(record[key]) ?? JSON.stringify(record[key])
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`)
  }
  return `{${parts.join(',')}}`
}

/**
 * The HTTP server's JSON encoder (`http.serializeJSON`): the output of
 * @poppinss/utils' `safeStringify` (the framework default), built by V8's
 * native `JSON.stringify` first. `safeStringify` passes a replacer function
 * (for BigInt), which keeps every value on the slow path: ~70 µs for a page of
 * 20 products against ~25 µs. Only a value JSON.stringify refuses (a BigInt or
 * a circular reference) goes through `safeStringify`, which answers it as before.
 * Settled values (cache hits, see `settleJson`) are written from their memoized text.
 */
export function serializeJsonBody(payload: unknown): string | undefined {
  try {
    return settledText(payload) ?? withSettledParts(payload) ?? JSON.stringify(payload)
  } catch {
    return safeStringify(payload)
  }
}
