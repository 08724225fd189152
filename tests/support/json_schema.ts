/**
 * Checks a value against a schema of the OpenAPI document (the JSON Schema
 * subset app/services/operations/openapi/schema.ts writes: type, enum,
 * properties, required, additionalProperties, items, oneOf, $ref, minimum,
 * date and date-time formats). Returns what does not match, by JSON path.
 */
type Schema = Record<string, any>

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value)

export function schemaProblems(document: { components: { schemas: Record<string, Schema> } }, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) return schemaProblems(document, document.components.schemas[String(schema.$ref).split('/').pop()!], value, at)
  if (schema.oneOf) {
    const matching = (schema.oneOf as Schema[]).filter((option) => !schemaProblems(document, option, value, at).length)
    return matching.length === 1 ? [] : [`${at}: matches ${matching.length} of the oneOf schemas (${JSON.stringify(value)?.slice(0, 80)})`]
  }
  const problems: string[] = []
  if (schema.type) {
    const types = [schema.type].flat() as string[]
    const actual = typeOf(value)
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${at}: ${actual} is not ${types.join(' or ')}`]
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`)
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${at}: ${value} < ${schema.minimum}`)
  if (typeof value === 'string' && schema.format === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${at}: not a date-time`)
  if (typeof value === 'string' && schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${at}: not a date`)
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...schemaProblems(document, schema.items, item, `${at}[${i}]`)))
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${at}.${name}: missing`)
    for (const [name, item] of Object.entries(record)) {
      const property = schema.properties?.[name]
      if (property) problems.push(...schemaProblems(document, property, item, `${at}.${name}`))
      else if (schema.additionalProperties === false) problems.push(`${at}.${name}: not documented`)
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') problems.push(...schemaProblems(document, schema.additionalProperties, item, `${at}.${name}`))
    }
  }
  return problems
}
