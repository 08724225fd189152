import type { ApiResponse } from '@japa/api-client'

/**
 * A JSON value a test reads from a response, as loosely as Japa's
 * `response.body()` types it: the test asserts on its fields (and the OpenAPI
 * contract check validates every response against the document).
 */
export type Json = ReturnType<ApiResponse['body']>

/** The API's one error shape. */
export interface ErrorBody {
  errors: { code: string; message: string; field?: string }[]
}
