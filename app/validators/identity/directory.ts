import vine from '@vinejs/vine'
import { paginationFields } from '#validators/common'
import { MAX_REACH } from '#validators/identity/profile'

export const influencerSearchValidator = vine.create({
  ...paginationFields,
  q: vine.string().trim().maxLength(100).optional(),
  niche: vine.string().trim().maxLength(80).optional(),
  platform: vine.string().trim().maxLength(40).optional(),
  minReach: vine.number().withoutDecimals().min(0).max(MAX_REACH).optional(),
  sort: vine.enum(['reach', '-reach', 'name', 'newest'] as const).optional(),
})
