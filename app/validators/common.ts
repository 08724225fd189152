import vine from '@vinejs/vine'
import { MAX_ID } from '#platform/http/ids'

export const MAX_PER_PAGE = 100

/** Query-string fields shared by every paginated list: `?page=&perPage=` (perPage capped). */
export const paginationFields = {
  page: vine.number().withoutDecimals().min(1).max(100000).optional().meta({ default: 1 }),
  perPage: vine
    .number()
    .withoutDecimals()
    .min(1)
    .max(MAX_PER_PAGE)
    .optional()
    .meta({ default: 20 }),
}

/** Every id in a body or query (`participantId`, `ids[]`, …): outside the id columns' range is a 422, before any query. */
export const id = () => vine.number().withoutDecimals().min(1).max(MAX_ID)

export const email = () =>
  vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true })

export const paginationQueryValidator = vine.create(paginationFields)

const readOnlyRule = vine.createRule(
  (_value: unknown, options: { message: string }, field) => {
    field.report(options.message, 'readOnly', field)
  },
  {
    // In the OpenAPI document: a known field no value of which is accepted.
    toJSONSchema: (schema, options) => {
      delete schema.anyOf
      Object.assign(schema, { readOnly: true, description: `Refused: ${options.message}` })
    },
  }
)

/**
 * A field the resource's create accepts but its PATCH cannot change: sent
 * anyway it is a 422 on that field saying why (or how to change it), never
 * dropped silently.
 */
export const readOnly = (message: string) => vine.any().use(readOnlyRule({ message })).optional()
