import vine from '@vinejs/vine'

const body = vine.string().trim().minLength(1).maxLength(5000)

export const createCommentValidator = vine.create({
  body,
  parentId: vine.number().withoutDecimals().min(1).optional(),
})

export const updateCommentValidator = vine.create({ body })
