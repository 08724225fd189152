import { settleJson } from '#platform/http/json_body'

/** Most distinct stored texts whose parsed value is kept (the hot entries; the oldest go first). */
const KEPT = 256

/**
 * The cache's serializer (JSON, as bentocache's default): a stored text is
 * parsed once, and every later read of the same text gets the same settled
 * (deep-frozen) value instead of a fresh parse. Hits then cost no JSON.parse,
 * and the response encoder writes the value from its memoized text
 * (`settleJson`). Bounded: the parsed values of the KEPT most recently parsed
 * texts are kept.
 */
export class SettledJsonSerializer {
  #parsed = new Map<string, unknown>()

  serialize(value: unknown) {
    return JSON.stringify(value)
  }

  deserialize(text: string) {
    const kept = this.#parsed.get(text)
    if (kept !== undefined) return kept
    const value = settleJson(JSON.parse(text))
    if (this.#parsed.size >= KEPT) this.#parsed.delete(this.#parsed.keys().next().value!)
    this.#parsed.set(text, value)
    return value
  }
}
