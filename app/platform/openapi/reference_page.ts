import type { OpenApiDocument } from '#platform/openapi/document'
import { refName, type Schema } from '#platform/openapi/schema'

/** A type as shown; `link` names the component schema it refers to. */
interface TypeName {
  type: string
  link?: string
}

/** One row of a field table. */
interface Field extends TypeName {
  name: string
  required: boolean
  notesHtml: string
}

/** A request or response body: an inline object as a field table, anything else by its type. */
interface BodyView {
  mediaType: string
  type?: TypeName
  fields: Field[]
}

interface ResponseView {
  status: string
  descriptionHtml: string
  headers: string[]
  body?: BodyView
}

interface OperationView {
  anchor: string
  method: string
  path: string
  summary: string
  descriptionHtml?: string
  auth: string
  parameters: (Field & { location: string })[]
  body?: BodyView & { required: boolean }
  responses: ResponseView[]
}

type Parameter = { name: string; in: string; required: boolean; schema: Schema }
type MediaContent = Record<string, { schema: Schema }>
type ResponseEntry = {
  $ref?: string
  description?: string
  headers?: Record<string, unknown>
  content?: MediaContent
}

function typeOf(schema: Schema): TypeName {
  const name = refName(schema)
  if (name) return { type: name, link: name }
  if (Array.isArray(schema.oneOf)) {
    const parts = (schema.oneOf as Schema[]).map(typeOf)
    return {
      type: parts.map((part) => part.type).join(' | '),
      link: parts.find((part) => part.link)?.link,
    }
  }
  if (Array.isArray(schema.enum))
    return { type: schema.enum.map((value) => JSON.stringify(value)).join(' | ') }
  if (schema.const !== undefined) return { type: JSON.stringify(schema.const) }
  if (schema.type === 'array') {
    const item = typeOf(schema.items as Schema)
    return {
      type: item.type.includes('|') ? `(${item.type})[]` : `${item.type}[]`,
      link: item.link,
    }
  }
  return { type: [schema.type ?? 'any'].flat().join(' | ') }
}

const range = (low: unknown, high: unknown, unit = '') => {
  if (low !== undefined && high !== undefined) return `${low}–${high}${unit}`
  if (low !== undefined) return `≥ ${low}${unit}`
  return high === undefined ? undefined : `≤ ${high}${unit}`
}

/** Escapes text for HTML and shows `code` spans as <code>. */
function prose(text: string) {
  const escaped = text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>')
}

function notes(schema: Schema) {
  const parts = [
    schema.format as string | undefined,
    range(schema.minLength, schema.maxLength, ' chars'),
    range(schema.minimum, schema.maximum),
    range(schema.minItems, schema.maxItems, ' items'),
    schema.default === undefined ? undefined : `default ${JSON.stringify(schema.default)}`,
    schema.description as string | undefined,
  ]
  return prose(parts.filter(Boolean).join(' · '))
}

const isInlineObject = (schema?: Schema) => Boolean(schema?.properties)

/** Flattens an object schema into rows: nested objects as `a.b`, arrays of objects as `a[].b`. */
function fields(schema: Schema, prefix = ''): Field[] {
  const required = new Set((schema.required as string[] | undefined) ?? [])
  return Object.entries((schema.properties ?? {}) as Record<string, Schema>).flatMap(
    ([key, property]) => {
      const name = `${prefix}${key}`
      const row = {
        name,
        ...typeOf(property),
        required: required.has(key),
        notesHtml: notes(property),
      }
      if (isInlineObject(property)) return [row, ...fields(property, `${name}.`)]
      const items = property.items as Schema | undefined
      return items && isInlineObject(items) ? [row, ...fields(items, `${name}[].`)] : [row]
    }
  )
}

function bodyView(content: MediaContent = {}): BodyView | undefined {
  const [mediaType, media] = Object.entries(content)[0] ?? []
  if (!media) return undefined
  if (isInlineObject(media.schema)) return { mediaType, fields: fields(media.schema) }
  return { mediaType, type: typeOf(media.schema), fields: [] }
}

function responseView(
  document: OpenApiDocument,
  status: string,
  entry: ResponseEntry
): ResponseView {
  const resolved: ResponseEntry = entry.$ref
    ? document.components.responses[entry.$ref.split('/').pop()!]
    : entry
  return {
    status,
    descriptionHtml: prose(resolved.description ?? ''),
    headers: Object.keys(resolved.headers ?? {}),
    body: bodyView(resolved.content),
  }
}

function authOf(operation: Schema) {
  if (!(operation.security as unknown[]).length) return 'Public'
  const roles = operation['x-roles'] as string[] | undefined
  return roles ? `Bearer token · role ${roles.join(' or ')}` : 'Bearer token'
}

function operationView(
  document: OpenApiDocument,
  method: string,
  path: string,
  operation: Schema
): OperationView {
  const body = operation.requestBody as { required: boolean; content: MediaContent } | undefined
  return {
    anchor: operation.operationId as string,
    method: method.toUpperCase(),
    path,
    summary: operation.summary as string,
    descriptionHtml: operation.description ? prose(operation.description as string) : undefined,
    auth: authOf(operation),
    parameters: ((operation.parameters as Parameter[] | undefined) ?? []).map((parameter) => ({
      name: parameter.name,
      location: parameter.in,
      ...typeOf(parameter.schema),
      required: parameter.required,
      notesHtml: notes(parameter.schema),
    })),
    body: body && { required: body.required, ...bodyView(body.content)! },
    responses: Object.entries(operation.responses as Record<string, ResponseEntry>).map(
      ([status, entry]) => responseView(document, status, entry)
    ),
  }
}

/** What the HTML reference shows: the same document, grouped by tag, schemas flattened into tables. */
export function referencePage(document: OpenApiDocument) {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      tags: operation.tags as string[],
      view: operationView(document, method, path, operation),
    }))
  )
  return {
    info: { ...document.info, descriptionHtml: prose(document.info.description) },
    server: document.servers[0]?.url,
    tags: document.tags.map((tag) => ({
      name: tag.name,
      descriptionHtml: prose(tag.description),
      operations: operations
        .filter((operation) => operation.tags.includes(tag.name))
        .map((operation) => operation.view),
    })),
    schemas: Object.entries(document.components.schemas).map(([name, schema]) => ({
      name,
      fields: fields(schema),
    })),
  }
}
