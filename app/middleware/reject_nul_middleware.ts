import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import AppException from '#exceptions/app_exception'

/** Path of the first string holding a NUL character (PostgreSQL text cannot store one), or null. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : null
  if (!value || typeof value !== 'object' || depth > 64) return null
  for (const [key, item] of Object.entries(value)) {
    const found = findNul(item, path ? `${path}.${key}` : key, depth + 1)
    if (found) return found
  }
  return null
}

/** Refuses input with NUL characters up front, as a 422 naming the field, instead of a database error. */
export default class RejectNulMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const field = findNul(ctx.request.all(), '')
    if (field)
      throw AppException.invalid(
        field,
        'Text must not contain NUL (\\u0000) characters',
        'E_INVALID_CHARACTERS'
      )
    return next()
  }
}
