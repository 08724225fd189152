/**
 * Terse JSON Schema (OpenAPI 3.1 dialect) builders, so path files read like
 * the VineJS validators and transformers they describe.
 *
 * Each builder also carries, as a phantom type, the TypeScript type of the JSON
 * its schema describes (`Infer<typeof schema>`): a transformer typed against its
 * resource's schema (`toObject(): Infer<typeof productSchema>`) fails to compile
 * when the two drift. The type exists only for the compiler; the JSON is plain.
 */
declare const JSON_TYPE: unique symbol

/** JSON Schema keywords, as they go into the document. */
export type Keywords = { [keyword: string]: unknown }

/** A schema whose JSON is of type `T` (unknown for hand-written keywords). */
export type Schema<T = unknown> = Keywords & { readonly [JSON_TYPE]?: T }

/** The TypeScript type of the JSON a schema describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never

/** Gives hand-written keywords the type of the JSON they describe. */
export const typed = <T>(keywords: Keywords): Schema<T> => keywords

const SCHEMAS = '#/components/schemas/'

/** A named component; `ref<T>(name)` carries its type (e.g. a recursive one). */
export const ref = <T = unknown>(name: string): Schema<T> => ({ $ref: `${SCHEMAS}${name}` })
/** A named resource schema, referenced by name and typed by its definition. */
export const refTo = <T>(name: string, _schema: Schema<T>): Schema<T> => ref<T>(name)
export const refName = (schema: Schema) =>
  typeof schema.$ref === 'string' && schema.$ref.startsWith(SCHEMAS)
    ? schema.$ref.slice(SCHEMAS.length)
    : undefined

export const string = (keywords: Keywords = {}): Schema<string> => ({
  type: 'string',
  ...keywords,
})
export const integer = (keywords: Keywords = {}): Schema<number> => ({
  type: 'integer',
  ...keywords,
})
export const number = (keywords: Keywords = {}): Schema<number> => ({
  type: 'number',
  ...keywords,
})
export const boolean = (keywords: Keywords = {}): Schema<boolean> => ({
  type: 'boolean',
  ...keywords,
})
export const dateTime = (keywords: Keywords = {}): Schema<string> =>
  string({ format: 'date-time', ...keywords })
export const oneOf = <const V extends readonly string[]>(
  values: V,
  keywords: Keywords = {}
): Schema<V[number]> => string({ enum: [...values], ...keywords })
export const array = <T>(items: Schema<T>, keywords: Keywords = {}): Schema<T[]> => ({
  type: 'array',
  items,
  ...keywords,
})

/** `null` allowed too: a type list for plain schemas (and `null` among an enum's values), `oneOf` for references. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  if (schema.$ref) return { oneOf: [schema, { type: 'null' }] }
  return {
    ...schema,
    type: [schema.type, 'null'],
    ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
  }
}

/** The schema with a description of its own (e.g. for a nullable reference or object). */
export const describe = <T>(schema: Schema<T>, description: string): Schema<T> => ({
  ...schema,
  description,
})

/** A field a PATCH knows but refuses (422 on that field with `why`), e.g. what only its create sets. */
export const refused = (why: string): Schema<never> => ({
  readOnly: true,
  description: `Refused: ${why}`,
})

type Properties = Record<string, Schema>
type Flat<T> = { [K in keyof T]: T[K] } & {}
/** The JSON of `object(required, optional)`. */
export type ObjectOf<R extends Properties, O extends Properties = Record<never, never>> = Flat<
  { -readonly [K in keyof R]: Infer<R[K]> } & { -readonly [K in keyof O]?: Infer<O[K]> }
>

/** An object: the first map holds required properties, the second optional ones. */
export function object<R extends Properties, O extends Properties = Record<never, never>>(
  required: R,
  optional?: O
): Schema<ObjectOf<R, O>> {
  const names = Object.keys(required)
  return {
    type: 'object',
    properties: { ...required, ...optional },
    ...(names.length ? { required: names } : {}),
    additionalProperties: false,
  }
}

/** The success envelope `{ data, meta }`. */
export const envelope = <T>(data: Schema<T>) =>
  object({ data, meta: typed<Record<string, unknown>>({ type: 'object' }) })

export const pageMetaSchema = object({
  page: integer({ minimum: 1 }),
  perPage: integer({ minimum: 1, maximum: 100 }),
  total: integer({ minimum: 0 }),
  lastPage: integer({ minimum: 1 }),
})

/** A page of a list: `{ data: [...], meta: PageMeta }`. */
export const page = <T>(item: Schema<T>) =>
  object({ data: array(item), meta: refTo('PageMeta', pageMetaSchema) })

export const errorSchema = object({
  errors: array(
    object(
      { code: string({ examples: ['E_VALIDATION_ERROR'] }), message: string() },
      { field: string({ description: 'The request field at fault (validation errors)' }) }
    ),
    { minItems: 1 }
  ),
})

/** `?page=&perPage=` of every paginated list (validators/common.ts). */
export const paginationQuery = {
  page: integer({ minimum: 1, maximum: 100000, default: 1 }),
  perPage: integer({ minimum: 1, maximum: 100, default: 20 }),
}
