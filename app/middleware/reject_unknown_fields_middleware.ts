import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import AppException from '#exceptions/app_exception'
import { unknownBodyField } from '#platform/openapi/unknown_fields'
import { openApiDocument } from '#openapi/document'

/**
 * Refuses a request body carrying a field its operation does not take, as a
 * 422 naming the field, on every route: the OpenAPI document declares each
 * body with `additionalProperties: false`, and a misspelt optional field
 * must not be dropped silently.
 */
export default class RejectUnknownFieldsMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const field =
      ctx.route &&
      unknownBodyField(
        openApiDocument(),
        ctx.request.method(),
        ctx.route.pattern,
        ctx.request.body()
      )
    if (field)
      throw AppException.invalid(
        field,
        `Unknown field "${field}": this endpoint does not take it`,
        'E_UNKNOWN_FIELD'
      )
    return next()
  }
}
