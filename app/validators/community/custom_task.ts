import vine from '@vinejs/vine'
import { paginationFields } from '#validators/common'
import { MAX_DURATION_DAYS } from '#validators/community/plan'

const day = vine.number().withoutDecimals().min(1).max(MAX_DURATION_DAYS)

export const createCustomTaskValidator = vine.create({
  day,
  title: vine.string().trim().minLength(1).maxLength(200),
  description: vine.string().trim().maxLength(2000).optional(),
})

export const listCustomTasksValidator = vine.create({
  ...paginationFields,
  day: day.optional(),
})

export const voteValidator = vine.create({
  value: vine.number().in([1, -1]),
})
