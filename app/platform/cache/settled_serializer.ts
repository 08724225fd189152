import { freezeJson, knownJsonText } from '#platform/http/json_body'

/** Most distinct stored texts whose parsed value is kept (the hot entries; the oldest go first). */
const KEPT = 256

/**
 * The cache's serializer (JSON, as bentocache's default): a stored text is
 * parsed once, and every later read of the same text gets the same
 * deep-frozen value instead of a fresh parse. Hits then cost no JSON.parse,
 * and the response encoder writes the value from its memoized text (the cache
 * helper settles it, `settleJson`). Bounded: the parsed values of the KEPT most recently parsed
 * texts are kept. An entry whose value's text is known (a value CacheService
 * just computed, `rememberJsonText`) is written around that text instead of
 * serializing the value again: the same JSON, `value` first.
 */
export class SettledJsonSerializer {
  #parsed = new Map<string, unknown>()

  serialize(item: { value?: unknown }) {
    const text = knownJsonText(item.value)
    if (text === undefined) return JSON.stringify(item)
    const others = JSON.stringify({ ...item, value: undefined })
    return others === '{}' ? `{"value":${text}}` : `{"value":${text},${others.slice(1)}`
  }

  deserialize(text: string) {
    const kept = this.#parsed.get(text)
    if (kept !== undefined) return kept
    const value = freezeJson(JSON.parse(text))
    if (this.#parsed.size >= KEPT) this.#parsed.delete(this.#parsed.keys().next().value!)
    this.#parsed.set(text, value)
    return value
  }
}
