import vine from '@vinejs/vine'
import { INTERACTION_TYPES } from '#models/recommendation_interaction'

export const MAX_RECOMMENDATIONS = 50

export const generateRecommendationsValidator = vine.create({
  limit: vine.number().withoutDecimals().min(1).max(MAX_RECOMMENDATIONS).optional(),
})

export const interactionValidator = vine.create({
  type: vine.enum(INTERACTION_TYPES),
})
