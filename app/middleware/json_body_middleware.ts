import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { safeParse } from '@poppinss/utils/json'
import AppException from '#exceptions/app_exception'
import { bodyLimitFor, JSON_BODY_TYPES, MAX_JSON_DEPTH, MAX_JSON_ENTRIES } from '#config/bodyparser'
import { jsonShapeProblem } from '#platform/http/json_shape'

const tooLarge = (limit: number) =>
  new AppException(
    413,
    'E_PAYLOAD_TOO_LARGE',
    `Request body too large: this route accepts at most ${limit} bytes`
  )

/** Reads the body, refusing it (413) as soon as it declares or sends more than `limit` bytes. */
async function readText(ctx: HttpContext, limit: number) {
  const request = ctx.request.request
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge(limit)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const emptyToNull = (key: string, value: unknown) => (key !== '' && value === '' ? null : value)

/**
 * Body limits before any work grows with the body: each route's byte cap
 * (auth routes a few KB, see config/bodyparser.ts) from Content-Length before
 * a byte is read, then, for JSON, the nesting depth and the number of values
 * counted on the text before it is parsed. JSON is parsed here (the
 * bodyparser handles forms and multipart), as the bodyparser would: objects
 * or arrays only, prototype-poisoning keys dropped, empty strings as null.
 */
export default class JsonBodyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const request = ctx.request
    const limit = bodyLimitFor(ctx.route?.pattern)
    if (Number(request.header('content-length') ?? 0) > limit) throw tooLarge(limit)
    if (
      !['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method()) ||
      !request.is(JSON_BODY_TYPES)
    )
      return next()
    if ((request.header('content-encoding') ?? 'identity') !== 'identity') {
      throw new AppException(
        415,
        'E_UNSUPPORTED_MEDIA_TYPE',
        'Compressed request bodies are not accepted'
      )
    }

    const text = await readText(ctx, limit)
    if (text.trim()) {
      const problem = jsonShapeProblem(text, {
        maxDepth: MAX_JSON_DEPTH,
        maxEntries: MAX_JSON_ENTRIES,
      })
      if (problem) throw new AppException(problem.status, problem.code, problem.message)
      let parsed: unknown
      try {
        parsed = safeParse(text, emptyToNull)
      } catch {
        throw new AppException(400, 'E_BAD_REQUEST', 'The body is not valid JSON')
      }
      request.setInitialBody(parsed as Record<string, unknown>)
    } else {
      request.setInitialBody({})
    }
    request.updateRawBody(text)
    request.bodyType = 'json'
    return next()
  }
}
