import vine from '@vinejs/vine'
import { readOnly } from '#validators/common'
import { id } from '#validators/common'

const body = vine.string().trim().minLength(1).maxLength(5000)

export const createCommentValidator = vine.create({
  body,
  parentId: id().optional(),
})

export const updateCommentValidator = vine.create({
  body,
  parentId: readOnly('A reply stays under the comment it answers'),
})
