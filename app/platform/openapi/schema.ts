/**
 * Terse JSON Schema (OpenAPI 3.1 dialect) builders, so path files read like
 * the VineJS validators and transformers they describe.
 */
export type Schema = { [keyword: string]: unknown }

const SCHEMAS = '#/components/schemas/'

export const ref = (name: string): Schema => ({ $ref: `${SCHEMAS}${name}` })
export const refName = (schema: Schema) =>
  typeof schema.$ref === 'string' && schema.$ref.startsWith(SCHEMAS)
    ? schema.$ref.slice(SCHEMAS.length)
    : undefined

export const string = (keywords: Schema = {}): Schema => ({ type: 'string', ...keywords })
export const integer = (keywords: Schema = {}): Schema => ({ type: 'integer', ...keywords })
export const number = (keywords: Schema = {}): Schema => ({ type: 'number', ...keywords })
export const boolean = (keywords: Schema = {}): Schema => ({ type: 'boolean', ...keywords })
export const dateTime = (): Schema => string({ format: 'date-time' })
export const oneOf = (values: readonly string[], keywords: Schema = {}): Schema =>
  string({ enum: [...values], ...keywords })
export const array = (items: Schema, keywords: Schema = {}): Schema => ({
  type: 'array',
  items,
  ...keywords,
})

/** `null` allowed too: a type list for plain schemas (and `null` among an enum's values), `oneOf` for references. */
export function nullable(schema: Schema): Schema {
  if (schema.$ref) return { oneOf: [schema, { type: 'null' }] }
  return {
    ...schema,
    type: [schema.type, 'null'],
    ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
  }
}

/** A field a PATCH knows but refuses (422 on that field with `why`), e.g. what only its create sets. */
export const refused = (why: string): Schema => ({ readOnly: true, description: `Refused: ${why}` })

/** An object: the first map holds required properties, the second optional ones. */
export function object(
  required: Record<string, Schema>,
  optional: Record<string, Schema> = {}
): Schema {
  const names = Object.keys(required)
  return {
    type: 'object',
    properties: { ...required, ...optional },
    ...(names.length ? { required: names } : {}),
    additionalProperties: false,
  }
}

/** The success envelope `{ data, meta }`. */
export const envelope = (data: Schema): Schema => object({ data, meta: { type: 'object' } })

/** A page of a list: `{ data: [...], meta: PageMeta }`. */
export const page = (item: Schema): Schema => object({ data: array(item), meta: ref('PageMeta') })

export const errorSchema = object({
  errors: array(
    object(
      { code: string({ examples: ['E_VALIDATION_ERROR'] }), message: string() },
      { field: string({ description: 'The request field at fault (validation errors)' }) }
    ),
    { minItems: 1 }
  ),
})

export const pageMetaSchema = object({
  page: integer({ minimum: 1 }),
  perPage: integer({ minimum: 1, maximum: 100 }),
  total: integer({ minimum: 0 }),
  lastPage: integer({ minimum: 1 }),
})

/** `?page=&perPage=` of every paginated list (validators/common.ts). */
export const paginationQuery = {
  page: integer({ minimum: 1, maximum: 100000, default: 1 }),
  perPage: integer({ minimum: 1, maximum: 100, default: 20 }),
}
