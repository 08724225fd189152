import type { OpenApiDocument } from '#platform/openapi/document'
import { refName, type Schema } from '#platform/openapi/schema'

/**
 * The request-body fields an operation does not accept, found from its
 * documented `requestBody` schema: an object with `additionalProperties: false`
 * names every field it takes, so anything else is unknown. An operation
 * documented without a body takes no field at all.
 */
type Value = unknown

const isRecord = (value: Value): value is Record<string, Value> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  const name = refName(schema)
  return name ? resolve(document, document.components.schemas[name]) : schema
}

/** The first unknown field of `value` under `schema`, as a dotted path (`items.0.note`), or null. */
function firstUnknown(
  document: OpenApiDocument,
  raw: Schema,
  value: Value,
  at: string
): string | null {
  const schema = resolve(document, raw)
  const options = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined
  if (options) {
    // A union accepts the value when one of its branches has no unknown field; otherwise blame the branch that matched deepest.
    const found = options.map((option) => firstUnknown(document, option, value, at))
    if (found.includes(null)) return null
    return (found as string[]).reduce((deepest, field) =>
      field.split('.').length > deepest.split('.').length ? field : deepest
    )
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const found = firstUnknown(document, schema.items as Schema, item, `${at}${index}.`)
      if (found) return found
    }
    return null
  }
  if (!isRecord(value)) return null
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  for (const [name, item] of Object.entries(value)) {
    const property = properties[name]
    if (property) {
      const found = firstUnknown(document, property, item, `${at}${name}.`)
      if (found) return found
    } else if (schema.additionalProperties === false) {
      return `${at}${name}`
    }
  }
  return null
}

const NO_BODY: Schema = { type: 'object', additionalProperties: false }

/** `/api/v1/campaigns/:id` as the router spells it; the document writes `{id}`. */
export function unknownBodyField(
  document: OpenApiDocument,
  method: string,
  routePattern: string,
  body: Value
): string | null {
  if (!isRecord(body) || Object.keys(body).length === 0) return null
  const operation =
    document.paths[routePattern.replace(/:(\w+)\??/g, '{$1}')]?.[method.toLowerCase()]
  if (!operation) return null
  const requestBody = operation.requestBody as
    { content: Record<string, { schema: Schema }> } | undefined
  return firstUnknown(
    document,
    requestBody?.content['application/json']?.schema ?? NO_BODY,
    body,
    ''
  )
}
