import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { errors as authErrors } from '@adonisjs/auth'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as lucidErrors } from '@adonisjs/lucid'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import { recordRateLimitRefusal, UNMATCHED_ROUTE } from '#platform/metrics/registry'

export interface ApiError {
  code: string
  message: string
  field?: string
}

const STATUS_CODES: Record<number, string> = {
  400: 'E_BAD_REQUEST',
  401: 'E_UNAUTHORIZED',
  403: 'E_FORBIDDEN',
  404: 'E_NOT_FOUND',
  405: 'E_METHOD_NOT_ALLOWED',
  409: 'E_CONFLICT',
  413: 'E_PAYLOAD_TOO_LARGE',
  415: 'E_UNSUPPORTED_MEDIA_TYPE',
  422: 'E_VALIDATION_ERROR',
  429: 'E_TOO_MANY_REQUESTS',
  503: 'E_SERVICE_UNAVAILABLE',
}

/**
 * Renders every error in one shape: `{ errors: [{ code, message, field? }] }`
 * with the matching status. Unknown errors become an opaque 500 (details are
 * logged with the request id, never sent).
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = false

  async handle(error: unknown, ctx: HttpContext) {
    const { status, errors } = this.toApiErrors(error)
    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      recordRateLimitRefusal(ctx.route?.pattern ?? UNMATCHED_ROUTE)
      const headers = error.getDefaultHeaders()
      for (const [name, value] of Object.entries(headers)) ctx.response.header(name, value)
    }
    return ctx.response.status(status).send({ errors })
  }

  async report(error: unknown, ctx: HttpContext) {
    const status = this.toApiErrors(error).status
    if (status >= 500) {
      ctx.logger.error({ err: error, requestId: ctx.request.id() }, 'unhandled error')
    }
  }

  private toApiErrors(error: unknown): { status: number; errors: ApiError[] } {
    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const messages = error.messages as { field: string; message: string; rule: string }[]
      return {
        status: 422,
        errors: messages.map((m) => ({
          code: 'E_VALIDATION_ERROR',
          message: m.message,
          field: m.field,
        })),
      }
    }
    if (error instanceof AppException) {
      const item: ApiError = { code: error.code!, message: error.message }
      if (error.field) item.field = error.field
      return { status: error.status, errors: [item] }
    }
    if (error instanceof authErrors.E_UNAUTHORIZED_ACCESS) {
      return this.single(
        401,
        'E_UNAUTHORIZED',
        'Authentication required: send a valid access token'
      )
    }
    if (error instanceof authErrors.E_INVALID_CREDENTIALS) {
      return this.single(401, 'E_INVALID_CREDENTIALS', 'Invalid email or password')
    }
    if (error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE) {
      const status = error.response.status ?? 403
      const message =
        error.response.message ??
        (status === 404 ? 'Resource not found' : 'You are not allowed to perform this action')
      return this.single(status, status === 404 ? 'E_NOT_FOUND' : 'E_FORBIDDEN', message)
    }
    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      const seconds = Math.max(1, Math.ceil(error.response.availableIn))
      return this.single(
        429,
        'E_TOO_MANY_REQUESTS',
        `Too many requests: retry in ${seconds} second${seconds === 1 ? '' : 's'}`
      )
    }
    if (error instanceof lucidErrors.E_ROW_NOT_FOUND) {
      return this.single(404, 'E_NOT_FOUND', 'Resource not found')
    }
    // A write that lost a race against an equal one (PostgreSQL or SQLite): the first one won.
    if (isUniqueViolation(error)) {
      return this.single(
        409,
        'E_CONFLICT',
        'This already exists: an equal request was handled first'
      )
    }

    const err = error as { status?: number; code?: string; message?: string }
    const status =
      typeof err.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500
    if (status >= 500) {
      return this.single(
        status,
        STATUS_CODES[status] ?? 'E_INTERNAL',
        status === 500 ? 'Internal server error' : (err.message ?? 'Service unavailable')
      )
    }
    const code = STATUS_CODES[status] ?? err.code ?? 'E_BAD_REQUEST'
    return this.single(status, code, this.publicMessage(err, status))
  }

  /** Framework exceptions (an `E_…` code) speak to clients; anything else (a parser's RangeError, …) stays internal. */
  private publicMessage(err: { code?: string; message?: string }, status: number) {
    if (err.code === 'E_ROUTE_NOT_FOUND') return 'No such route'
    if (status === 413) return 'Request body too large'
    if (err.code?.startsWith('E_') && err.message) return err.message.replace(/^E_[A-Z_]+: /, '')
    return status === 400 ? 'Malformed request' : 'The request was refused'
  }

  private single(status: number, code: string, message: string) {
    return { status, errors: [{ code, message }] }
  }
}
