import { envelope, integer, page, string, type Schema } from '#platform/openapi/schema'
import { MAX_ID } from '#platform/http/ids'
import { MAX_JSON_DEPTH, MAX_JSON_ENTRIES } from '#config/bodyparser'
import {
  bodySchema,
  queryParameters,
  type JsonSchemaSource,
  type QueryParameter,
} from '#platform/openapi/validator_schema'

/** Bodies documented from several validators or from a plain schema (app/openapi uses them). */
export { oneOfBodies, packageBody } from '#platform/openapi/validator_schema'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Who may call: anyone, any signed-in account, or admins only (role middleware). */
export type Auth = 'public' | 'user' | 'admin'

/** Standard error responses, shared in `components.responses` under these names. */
export const ERROR_RESPONSES = {
  400: [
    'BadRequest',
    `Malformed body: not well-formed JSON, or nested deeper than ${MAX_JSON_DEPTH} levels`,
  ],
  401: [
    'Unauthorized',
    'Not authenticated: no valid access token (missing, expired, revoked), or wrong credentials',
  ],
  403: ['Forbidden', 'Not allowed: role, account state (pending, blocked) or a disabled feature'],
  404: ['NotFound', 'No such resource (an id outside 1 … 2147483647 matches no route)'],
  409: [
    'Conflict',
    'Conflicts with the current state (already exists, already done, or an equal request won a race)',
  ],
  413: [
    'PayloadTooLarge',
    `Body over the route's byte cap (16 KB on auth and newsletter routes, else BODY_LIMIT) or holding more than ${MAX_JSON_ENTRIES} values`,
  ],
  415: ['UnsupportedMediaType', 'Compressed request bodies are not accepted'],
  422: ['ValidationError', 'The request failed validation; each error names its `field`'],
  429: [
    'TooManyRequests',
    'Rate limit reached; the message and `Retry-After` say how many seconds to wait',
  ],
  503: ['ServiceUnavailable', 'A dependency (database, Redis) is down'],
} as const

export type ErrorStatus = keyof typeof ERROR_RESPONSES

export interface OperationSpec {
  summary: string
  description?: string
  tags?: string[]
  auth?: Auth
  /** JSON request body: the VineJS validator of the route (its limits are written there once). */
  body?: JsonSchemaSource
  /** Query-string parameters: the VineJS validator of `request.qs()` (or, for a route that has none, schemas). */
  query?: JsonSchemaSource | Record<string, Schema>
  /** A signed link: the `signature` query parameter the signed-URL check reads (no validator does). */
  signed?: true
  /**
   * What only the document says about body or query fields (by dotted path, `privacy.weeklySummary`;
   * `[]` for array items): a description, or keywords such as `default` and `examples`.
   */
  fields?: Record<string, string | Schema>
  /** Success status when there is a response body (default 200). */
  status?: 200 | 201 | 202
  /** A 201 operation that may find what it creates already there: when it answers 200 instead (same body). */
  repeated?: string
  /** `data` of the `{ data, meta }` envelope. No response, list or raw means 204. */
  response?: Schema
  /** Item of a paginated list: `{ data: [item], meta: PageMeta }`. */
  list?: Schema
  /** A body outside the envelope (the spec file itself, HTML). */
  raw?: { mediaType: string; schema: Schema }
  /** Errors beyond those implied by auth, path ids (404), a request body (400, 413, 415), writes (409), any input (422) and throttled (429). */
  errors?: ErrorStatus[]
  throttled?: boolean
}

export interface Endpoint {
  method: Method
  path: string
  operation: Schema
}

/** What each module contributes to the document. */
export interface ApiModule {
  tags: { name: string; description: string }[]
  schemas?: Record<string, Schema>
  endpoints: Endpoint[]
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** `post /api/v1/admin/users/{id}/approve` → `postAdminUsersByIdApprove`. */
function operationId(method: Method, path: string) {
  const words = path
    .replace(/^\/api(\/v\d+)?/, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((word) => (word.startsWith('{') ? `By${capitalize(word.slice(1, -1))}` : capitalize(word)))
  return method + words.join('')
}

const isSource = (value: object): value is JsonSchemaSource =>
  typeof (value as Partial<JsonSchemaSource>).toJSONSchema === 'function'

/** The schemas at a dotted field path (`a.b`, `tags[]`) of an object schema, in every branch of a union. */
function fieldsAt(schema: Schema, path: string): Schema[] {
  const [part, ...rest] = path.split('.')
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined
  if (branches) return branches.flatMap((branch) => fieldsAt(branch, path))
  let field = (schema.properties as Record<string, Schema> | undefined)?.[part.replace(/\[\]$/, '')]
  if (field && part.endsWith('[]')) field = field.items as Schema | undefined
  if (!field) return []
  return rest.length ? fieldsAt(field, rest.join('.')) : [field]
}

/** Adds the document-only notes to a schema from a validator. */
function annotate(schema: Schema, fields: OperationSpec['fields'] = {}): Schema {
  for (const [path, note] of Object.entries(fields)) {
    for (const field of fieldsAt(schema, path)) {
      Object.assign(field, typeof note === 'string' ? { description: note } : note)
    }
  }
  return schema
}

/** A note on a field the validators do not take is stale: the field was renamed or removed. */
function checkFields(method: Method, path: string, spec: OperationSpec, body?: Schema) {
  const query = new Set(queryOf(spec).map((parameter) => parameter.name))
  for (const field of Object.keys(spec.fields ?? {})) {
    if (query.has(field) || (body && fieldsAt(body, field).length)) continue
    throw new Error(`OpenAPI: ${method} ${path} notes the field "${field}" it does not take`)
  }
}

const SIGNATURE: QueryParameter = {
  name: 'signature',
  required: true,
  schema: { type: 'string' },
  description: 'Signature of the link; any change to the query invalidates it',
}

function queryOf(spec: OperationSpec): QueryParameter[] {
  const validated = validatedQuery(spec)
  return spec.signed ? [...validated, SIGNATURE] : validated
}

function validatedQuery(spec: OperationSpec): QueryParameter[] {
  if (!spec.query) return []
  if (!isSource(spec.query)) {
    return Object.entries(spec.query).map(([name, schema]) => ({ name, required: false, schema }))
  }
  return queryParameters(spec.query).map((parameter) => {
    const note = spec.fields?.[parameter.name]
    if (note === undefined) return parameter
    const { description, ...keywords }: Schema =
      typeof note === 'string' ? { description: note } : note
    return {
      ...parameter,
      schema: { ...parameter.schema, ...keywords },
      ...(typeof description === 'string' ? { description } : {}),
    }
  })
}

function parameters(path: string, query: QueryParameter[]) {
  const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: isIdParam(name)
      ? integer({ minimum: 1, maximum: MAX_ID })
      : /id$/i.test(name)
        ? integer({ minimum: 1 })
        : string(),
  }))
  const inQuery = query.map(({ name, required, ...rest }) => ({
    name,
    in: 'query',
    required,
    ...rest,
  }))
  return [...inPath, ...inQuery]
}

function successContent(spec: OperationSpec) {
  const json = (schema: Schema) => ({ 'application/json': { schema } })
  if (spec.raw) return { [spec.raw.mediaType]: { schema: spec.raw.schema } }
  if (spec.list) return json(page(spec.list))
  return spec.response ? json(envelope(spec.response)) : undefined
}

function successes(spec: OperationSpec): [string, Schema][] {
  const content = successContent(spec)
  if (!content) return [['204', { description: STATUS_TEXT[204] }]]
  const status = spec.status ?? 200
  const repeated: [string, Schema][] = spec.repeated
    ? [['200', { description: `${STATUS_TEXT[200]}: ${spec.repeated}`, content }]]
    : []
  return [...repeated, [String(status), { description: STATUS_TEXT[status], content }]]
}

/** Path params holding numeric ids (the router's id matcher: out of range is a 404). */
const isIdParam = (name: string) => name === 'id' || name === 'productId'

/** Methods whose request body the body parser reads, whether or not the operation takes one. */
const PARSED_BODY: Method[] = ['post', 'put', 'patch', 'delete']

function errorStatuses(method: Method, path: string, spec: OperationSpec): ErrorStatus[] {
  // Every route refuses a NUL character in its query or body, and a body field it does not take, with a 422.
  const implied: ErrorStatus[] = [422]
  if (spec.auth === 'user' || spec.auth === 'admin') implied.push(401)
  if (spec.auth === 'admin') implied.push(403)
  if ([...path.matchAll(/\{(\w+)\}/g)].some(([, name]) => isIdParam(name))) implied.push(404)
  if (spec.body || PARSED_BODY.includes(method)) implied.push(400, 413, 415)
  // A create or update may lose a race on a unique index to an equal request.
  if (method === 'post' || method === 'put' || method === 'patch') implied.push(409)
  if (spec.throttled) implied.push(429)
  return [...new Set([...implied, ...(spec.errors ?? [])])].sort((a, b) => a - b)
}

function requestBody(body: Schema) {
  const required = Array.isArray(body.required) && body.required.length > 0
  return { required, content: { 'application/json': { schema: body } } }
}

function endpoint(method: Method, path: string, spec: OperationSpec): Endpoint {
  const auth = spec.auth ?? 'public'
  const errors = errorStatuses(method, path, spec).map((status) => [
    String(status),
    { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` },
  ])
  const params = parameters(path, queryOf(spec))
  const body = spec.body ? annotate(bodySchema(spec.body), spec.fields) : undefined
  checkFields(method, path, spec, body)
  return {
    method,
    path,
    operation: {
      operationId: operationId(method, path),
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags ?? [],
      security: auth === 'public' ? [] : [{ bearerAuth: [] }],
      ...(auth === 'admin' ? { 'x-roles': ['admin'] } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(body ? { requestBody: requestBody(body) } : {}),
      responses: Object.fromEntries([...successes(spec), ...errors]),
    },
  }
}

/** Endpoint builders sharing a tag, a path prefix and an auth default. */
export function endpoints(defaults: { tag: string; prefix?: string; auth?: Auth }) {
  const builder =
    (method: Method) =>
    (path: string, spec: OperationSpec): Endpoint =>
      endpoint(method, `${defaults.prefix ?? ''}${path}`, {
        tags: [defaults.tag],
        auth: defaults.auth,
        ...spec,
      })
  return {
    get: builder('get'),
    post: builder('post'),
    put: builder('put'),
    patch: builder('patch'),
    delete: builder('delete'),
  }
}
