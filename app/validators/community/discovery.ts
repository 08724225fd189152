import vine from '@vinejs/vine'
import { DIFFICULTIES } from '#models/skill_plan'
import { paginationFields } from '#validators/common'
import { MAX_DURATION_DAYS } from '#validators/community/plan'

export const PLAN_SORTS = ['relevance', 'newest', 'rating', 'popular'] as const
export const MAX_RECOMMENDATIONS = 50

const duration = () => vine.number().withoutDecimals().min(1).max(MAX_DURATION_DAYS).optional()

export const planSearchValidator = vine.create({
  ...paginationFields,
  q: vine.string().trim().minLength(1).maxLength(100).optional(),
  category: vine.string().trim().toLowerCase().minLength(1).maxLength(60).optional(),
  difficulty: vine.enum(DIFFICULTIES).optional(),
  minDuration: duration(),
  maxDuration: duration(),
  minRating: vine.number().decimal([0, 2]).min(1).max(5).optional(),
  sort: vine.enum(PLAN_SORTS).optional(),
})

export const recommendationsValidator = vine.create({
  limit: vine.number().withoutDecimals().min(1).max(MAX_RECOMMENDATIONS).optional(),
})
