import vine from '@vinejs/vine'
import { paginationFields } from '#validators/common'
import { searchText } from '#validators/community/discovery'

export const userSearchValidator = vine.create({
  ...paginationFields,
  q: searchText(100).minLength(2),
})
