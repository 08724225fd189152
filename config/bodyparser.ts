import env from '#start/env'
import string from '@adonisjs/core/helpers/string'
import { defineConfig } from '@adonisjs/core/bodyparser'

/** Largest body any route accepts (BODY_LIMIT, default 1 MB). */
const bodyLimit = env.get('BODY_LIMIT', '1mb')

/** Routes reachable before authentication with small bodies: a few KB is plenty (a signup with a profile is under 4 KB). */
export const SMALL_BODY_LIMIT = 16 * 1024
const SMALL_BODY_ROUTES = [/^\/api\/v1\/auth\//, /^\/api\/v1\/newsletter\//]

/** The byte cap of a route (its pattern as registered). */
export function bodyLimitFor(pattern: string | undefined) {
  if (pattern && SMALL_BODY_ROUTES.some((prefix) => prefix.test(pattern))) return SMALL_BODY_LIMIT
  return string.bytes.parse(bodyLimit) as number
}

/** JSON bodies: nesting depth and number of values (a plan of 1,000 tasks holds about 6,000). */
export const MAX_JSON_DEPTH = 20
export const MAX_JSON_ENTRIES = 10_000

/** JSON content types, parsed by #middleware/json_body_middleware (within the bounds above), not the bodyparser. */
export const JSON_BODY_TYPES = [
  'application/json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/csp-report',
]

const bodyParserConfig = defineConfig({
  /**
   * The bodyparser middleware will parse the request body
   * for the following HTTP methods.
   */
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],

  /**
   * Config for the "application/x-www-form-urlencoded"
   * content-type parser
   */
  form: {
    limit: bodyLimit,
    convertEmptyStringsToNull: true,
    types: ['application/x-www-form-urlencoded'],
  },

  /**
   * JSON is parsed by #middleware/json_body_middleware (per-route caps, depth
   * and size bounded before parsing): none of it reaches this parser.
   */
  json: {
    limit: bodyLimit,
    convertEmptyStringsToNull: true,
    types: [],
  },

  /**
   * Config for the "multipart/form-data" content-type parser.
   * File uploads are handled by the multipart parser.
   */
  multipart: {
    /**
     * Enabling auto process allows bodyparser middleware to
     * move all uploaded files inside the tmp folder of your
     * operating system
     */
    autoProcess: true,
    convertEmptyStringsToNull: true,
    processManually: [],

    /**
     * Maximum limit of data to parse including all files
     * and fields
     */
    limit: bodyLimit,
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
