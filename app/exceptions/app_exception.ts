import { Exception } from '@adonisjs/core/exceptions'

/**
 * The one domain error: a stable machine code, a message for people and the
 * HTTP status. Services throw it; the exception handler renders it in the
 * single error shape `{ errors: [{ code, message, field? }] }`.
 */
export default class AppException extends Exception {
  field?: string

  constructor(status: number, code: string, message: string, field?: string) {
    super(message, { status, code })
    this.field = field
  }

  static notFound(what = 'Resource') {
    return new AppException(404, 'E_NOT_FOUND', `${what} not found`)
  }

  static conflict(code: string, message: string) {
    return new AppException(409, code, message)
  }

  static forbidden(code: string, message: string) {
    return new AppException(403, code, message)
  }

  static unauthorized(code: string, message: string) {
    return new AppException(401, code, message)
  }

  static invalid(field: string, message: string, code = 'E_VALIDATION_ERROR') {
    return new AppException(422, code, message, field)
  }
}
