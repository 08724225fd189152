import type { Schema } from '#platform/openapi/schema'

/**
 * Request schemas come from the VineJS validators themselves (`toJSONSchema()`),
 * so a limit is written once, in the validator. Descriptions the document
 * needs are given on the validator's fields with `.meta({ description })`.
 */
export interface JsonSchemaSource {
  toJSONSchema(): object
}

/** A body one of several validators accepts (the controller picks one by the body's shape). */
export const oneOfBodies = (...sources: JsonSchemaSource[]): JsonSchemaSource => ({
  toJSONSchema: () => ({ oneOf: sources.map((source) => source.toJSONSchema()) }),
})

/** The body of a route a package validates (Transmit's), written by hand since no validator of ours reads it. */
export const packageBody = (schema: Schema): JsonSchemaSource => ({ toJSONSchema: () => schema })

/** What `vine.boolean()` accepts; JSON clients send `true` or `false`. */
const VINE_BOOLEAN = ['1', 1, 'true', true, 'on', '0', 0, 'false', false]

const isVineBoolean = (schema: Schema) =>
  Array.isArray(schema.enum) &&
  schema.enum.length === VINE_BOOLEAN.length &&
  VINE_BOOLEAN.every((value) => (schema.enum as unknown[]).includes(value))

const NESTED_LISTS = ['anyOf', 'oneOf', 'allOf'] as const

/** JSON Schema draft 7 (VineJS) → the OpenAPI 3.1 dialect, on a copy. */
function convert(raw: Schema): Schema {
  if (isVineBoolean(raw)) {
    const rest = { ...raw }
    delete rest.enum
    return { ...rest, type: 'boolean' }
  }
  const schema: Schema = { ...raw }
  delete schema.$schema
  // VineJS leaves the type out of enums and dates; the document spells it.
  if (schema.type === undefined && Array.isArray(schema.enum)) {
    const types = new Set(schema.enum.map((value) => (value === null ? 'null' : typeof value)))
    if (types.size === 1 && types.has('string')) schema.type = 'string'
  }
  if (schema.type === undefined && typeof schema.format === 'string' && !schema.anyOf) {
    schema.type = 'string'
  }
  if (Array.isArray(schema.required) && schema.required.length === 0) delete schema.required
  if (schema.properties) {
    schema.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Schema>).map(([name, property]) => [
        name,
        convert(property),
      ])
    )
  }
  if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) {
    schema.items = convert(schema.items as Schema)
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    schema.additionalProperties = convert(schema.additionalProperties as Schema)
  }
  for (const list of NESTED_LISTS) {
    if (Array.isArray(schema[list])) schema[list] = (schema[list] as Schema[]).map(convert)
  }
  // `anyOf: [vine.boolean(), null]` reads better as a type list.
  const options = schema.anyOf as Schema[] | undefined
  if (options?.length === 2 && options[1].type === 'null' && options[0].type === 'boolean') {
    delete schema.anyOf
    schema.type = ['boolean', 'null']
  }
  return schema
}

/** The JSON request body a validator accepts. */
export function bodySchema(validator: JsonSchemaSource, keywords: Schema = {}): Schema {
  return { ...convert(validator.toJSONSchema() as Schema), ...keywords }
}

export interface QueryParameter {
  name: string
  required: boolean
  schema: Schema
  description?: string
}

/** The query-string parameters a validator of `request.qs()` takes. */
export function queryParameters(validator: JsonSchemaSource): QueryParameter[] {
  const schema = bodySchema(validator)
  const required = (schema.required ?? []) as string[]
  return Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(
    ([name, property]) => {
      const { description, ...rest } = property
      return {
        name,
        required: required.includes(name),
        schema: rest,
        ...(typeof description === 'string' ? { description } : {}),
      }
    }
  )
}
