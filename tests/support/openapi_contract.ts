import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import router from '@adonisjs/core/services/router'
import type { ApiResponse } from '@japa/api-client'
import { openApiDocument } from '#openapi/document'
import type { OpenApiDocument } from '#platform/openapi/document'
import type { Schema } from '#platform/openapi/schema'

type Validator = { mediaType: string; validate?: ValidateFunction }

const DOCUMENT_ID = 'openapi.json'

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

let compiled:
  { ajv: Ajv2020; document: OpenApiDocument; validators: Map<string, Validator | null> } | undefined

function contract() {
  if (compiled) return compiled
  const document = openApiDocument()
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true })
  addFormats.default(ajv)
  ajv.addSchema(document as unknown as Schema, DOCUMENT_ID)
  compiled = { ajv, document, validators: new Map() }
  return compiled
}

/** The documented response of an operation and status (following a shared `components.responses` entry). */
function validatorFor(path: string, method: string, status: string): Validator | null {
  const { ajv, document, validators } = contract()
  const key = `${method} ${path} ${status}`
  if (validators.has(key)) return validators.get(key)!
  let location = pointer('paths', path, method, 'responses', status)
  const responses = document.paths[path]?.[method]?.responses as Record<string, Schema> | undefined
  let documented = responses?.[status]
  if (typeof documented?.$ref === 'string') {
    const name = documented.$ref.split('/').pop()!
    location = pointer('components', 'responses', name)
    documented = document.components.responses[name]
  }
  let validator: Validator | null = null
  if (documented) {
    const content = (documented.content ?? {}) as Record<string, { schema?: Schema }>
    const [mediaType] = Object.keys(content)
    validator = { mediaType: mediaType ?? '' }
    if (mediaType && content[mediaType].schema && /json/.test(mediaType)) {
      validator.validate = ajv.compile({
        $ref: `${DOCUMENT_ID}#/${location}/content/${pointer(mediaType)}/schema`,
      })
    }
  }
  validators.set(key, validator)
  return validator
}

const describeError = (error: ErrorObject) => {
  const at = error.instancePath || '/'
  const detail =
    error.keyword === 'additionalProperties'
      ? ` (${error.params.additionalProperty})`
      : error.keyword === 'enum'
        ? ` (${JSON.stringify(error.params.allowedValues)})`
        : ''
  return `${at} ${error.message}${detail}`
}

/** `/api/v1/campaigns/:id` → `/api/v1/campaigns/{id}`, the document's spelling. */
const documentPath = (pattern: string) => pattern.replace(/:(\w+)\??/g, '{$1}')

/**
 * Checks a response against the OpenAPI document: the operation the router
 * resolves for the request must document the status, the response must carry
 * the documented media type, and a JSON body must match its schema. Returns
 * what does not match, as readable lines (empty when the response is right).
 */
export function contractProblems(
  method: string,
  url: string,
  status: number,
  contentType: string,
  body: unknown,
  text: string
): string[] {
  const { pathname } = new URL(url, 'http://localhost')
  const verb = method.toLowerCase()
  if (verb === 'head' || verb === 'options') return []
  const match = router.match(pathname, method.toUpperCase(), false)
  const label = `${method.toUpperCase()} ${pathname} → ${status}`
  if (!match) {
    if (status === 404)
      return describeBody(
        label,
        { mediaType: 'application/json', validate: errorValidator() },
        contentType,
        body,
        text
      )
    return [`${label}: no route answers this request, yet the status is not 404`]
  }
  const path = documentPath(match.route.pattern)
  const { document } = contract()
  const operation = document.paths[path]?.[verb]
  if (!operation) {
    if (!path.startsWith('/api') && !path.startsWith('/health')) return []
    return [
      `${label}: the operation ${method.toUpperCase()} ${path} is not in the OpenAPI document`,
    ]
  }
  const validator = validatorFor(path, verb, String(status))
  if (!validator) {
    const documented = Object.keys(operation.responses as Schema).join(', ')
    return [
      `${label}: status ${status} is not documented for ${method.toUpperCase()} ${path} (documented: ${documented}); body ${text.slice(0, 300)}`,
    ]
  }
  return describeBody(
    `${label} (${method.toUpperCase()} ${path})`,
    validator,
    contentType,
    body,
    text
  )
}

let errorSchemaValidator: ValidateFunction | undefined
const errorValidator = () =>
  (errorSchemaValidator ??= contract().ajv.compile({
    $ref: `${DOCUMENT_ID}#/components/schemas/Error`,
  }))

function describeBody(
  label: string,
  validator: Validator,
  contentType: string,
  body: unknown,
  text: string
): string[] {
  const received = contentType.split(';')[0].trim()
  if (!validator.mediaType) {
    return text.length
      ? [
          `${label}: documented without a body, answered ${received || 'no content type'}: ${text.slice(0, 200)}`,
        ]
      : []
  }
  if (received !== validator.mediaType)
    return [
      `${label}: answered ${received || 'no content type'}, documented ${validator.mediaType}`,
    ]
  if (!validator.validate || validator.validate(body)) return []
  return [
    `${label}: body does not match the documented schema:`,
    ...(validator.validate.errors ?? []).map((error) => `  ${describeError(error)}`),
  ]
}

/** Fails the request (and so the test that sent it) when its response breaks the document. */
export function assertMatchesContract(response: ApiResponse) {
  const { method, endpoint } = response.request.config
  const problems = contractProblems(
    method,
    endpoint,
    response.status(),
    response.header('content-type') ?? '',
    response.body(),
    response.text() ?? ''
  )
  if (problems.length)
    throw new Error(`Response does not match the OpenAPI document\n${problems.join('\n')}`)
}
