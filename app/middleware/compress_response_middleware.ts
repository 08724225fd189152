import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { serializeJsonBody } from '#platform/http/json_body'

/** JSON bodies up to this size go out as they are: compressing them costs more than it saves. */
export const COMPRESSION_THRESHOLD_BYTES = 1024

const ENCODERS = {
  // Quality 4: about gzip's speed with smaller output; the default (11) takes tens of ms per 100 KB.
  br: (body: Buffer) =>
    promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body: Buffer) => promisify(gzip)(body),
}
type Encoding = keyof typeof ENCODERS

/** Bodies larger than this are compressed on every response (never kept). */
const KEPT_BODY_MAX_CHARS = 256 * 1024
/** Most text (JSON and compressed bytes together) kept per encoding; the oldest entries go first past it. */
const KEPT_BYTES_MAX = 4 * 1024 * 1024

/**
 * The compressed bytes of recent JSON bodies, per encoding and keyed by the
 * JSON text itself: a cached page (the same text on every hit) is compressed
 * once, not on every request (~0.8 ms of CPU for a page of 20 products). A
 * body that differs by one byte is another key, so an entry can only ever
 * answer the exact text it was made from. Bounded by KEPT_BYTES_MAX.
 */
class CompressedBodies {
  #entries = new Map<string, Buffer>()
  #bytes = 0

  get(json: string) {
    return this.#entries.get(json)
  }

  keep(json: string, compressed: Buffer) {
    if (json.length > KEPT_BODY_MAX_CHARS || this.#entries.has(json)) return
    this.#entries.set(json, compressed)
    this.#bytes += json.length + compressed.length
    for (const [key, value] of this.#entries) {
      if (this.#bytes <= KEPT_BYTES_MAX) break
      this.#entries.delete(key)
      this.#bytes -= key.length + value.length
    }
  }
}

const kept: Record<Encoding, CompressedBodies> = {
  br: new CompressedBodies(),
  gzip: new CompressedBodies(),
}

/** `json` compressed with `encoding`, from the kept bodies when the same text went out before. */
async function compress(encoding: Encoding, json: string): Promise<Buffer> {
  const found = kept[encoding].get(json)
  if (found) return found
  const compressed = await ENCODERS[encoding](Buffer.from(json))
  kept[encoding].keep(json, compressed)
  return compressed
}

/**
 * Compresses JSON responses over COMPRESSION_THRESHOLD_BYTES with brotli or
 * gzip, whichever the client's Accept-Encoding prefers (q-values, then its
 * order), each distinct body once (see CompressedBodies). Streams (SSE on
 * `/__transmit/*`, downloads), non-JSON bodies and small answers are left alone.
 */
export default class CompressResponseMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await next()
    const { response, request } = ctx
    if (
      !response.hasContent ||
      response.hasStream ||
      response.hasFileToStream ||
      response.getHeader('Content-Encoding')
    )
      return
    if (request.url().startsWith('/__transmit')) return
    const status = response.getStatus()
    if (status < 200 || status === 204 || status === 304) return
    const [body, generateEtag] = response.content!
    if (body === null || typeof body !== 'object' || body instanceof Uint8Array) return
    const json = serializeJsonBody(body)
    if (json === undefined) return
    // Sent as this text whether compressed or not, so the body is serialized once per response.
    response.safeHeader('Content-Type', 'application/json; charset=utf-8')
    if (Buffer.byteLength(json) <= COMPRESSION_THRESHOLD_BYTES)
      return response.send(json, generateEtag)

    response.append('Vary', 'Accept-Encoding')
    const encoding = request.encoding(Object.keys(ENCODERS)) as Encoding | null
    if (!encoding || !(encoding in ENCODERS)) return response.send(json, generateEtag)
    const compressed = await compress(encoding, json)
    response.header('Content-Type', 'application/json; charset=utf-8')
    response.header('Content-Encoding', encoding)
    response.send(compressed, generateEtag)
  }
}
