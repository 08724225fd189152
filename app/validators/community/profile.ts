import vine from '@vinejs/vine'
import { paginationFields } from '#validators/common'

export const userSearchValidator = vine.create({
  ...paginationFields,
  q: vine.string().trim().minLength(2).maxLength(100),
})
