import vine from '@vinejs/vine'

export const MAX_FEED_LIMIT = 100

/** `?before=<activity id>&limit=`: the cursor of activity feeds. */
const limit = () => vine.number().withoutDecimals().min(1).max(MAX_FEED_LIMIT).optional()

export const feedValidator = vine.create({
  before: vine.number().withoutDecimals().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: limit(),
})

/** `?limit=` of a refresh: it always answers the first page, so it takes no cursor. */
export const feedRefreshValidator = vine.create({ limit: limit() })
