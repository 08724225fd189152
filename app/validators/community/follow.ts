import vine from '@vinejs/vine'

export const MAX_SUGGESTIONS = 50

export const followSuggestionsValidator = vine.create({
  limit: vine.number().withoutDecimals().min(1).max(MAX_SUGGESTIONS).optional(),
})
