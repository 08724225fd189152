import vine from '@vinejs/vine'

export const MAX_PER_PAGE = 100

/** Query-string fields shared by every paginated list: `?page=&perPage=` (perPage capped). */
export const paginationFields = {
  page: vine.number().withoutDecimals().min(1).max(100000).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(MAX_PER_PAGE).optional(),
}

export const email = () => vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true })

export const paginationQueryValidator = vine.create(paginationFields)
