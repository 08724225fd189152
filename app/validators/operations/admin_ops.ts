import vine from '@vinejs/vine'
import { id, paginationFields } from '#validators/common'

export const batchHistoryValidator = vine.create({
  ...paginationFields,
  task: vine.string().trim().maxLength(64).optional(),
  status: vine.enum(['running', 'completed', 'failed', 'skipped'] as const).optional(),
})

export const cacheWarmValidator = vine.create({
  only: vine.array(vine.string().trim().maxLength(64)).maxLength(20).optional(),
})

export const cacheClearValidator = vine.create({
  tags: vine.array(vine.string().trim().minLength(1).maxLength(120)).maxLength(50).optional(),
})

export const cacheInvalidateUserValidator = vine.create({
  userId: id(),
})
