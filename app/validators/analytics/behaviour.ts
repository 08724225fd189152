import vine from '@vinejs/vine'

/** The longest period, in days. */
export const MAX_BEHAVIOUR_DAYS = 366

/** The most features one answer ranks. */
export const MAX_FEATURES = 50
export const DEFAULT_FEATURES = 10

const day = () => vine.date({ formats: ['YYYY-MM-DD'] })

/** A behaviour period (default: the last 30 days, at most 366), funnel cohort size and how many features to rank. */
export const behaviourValidator = vine.create({
  from: day().optional(),
  to: day().afterOrSameAs('from').optional(),
  bucket: vine.enum(['day', 'week', 'month'] as const).optional(),
  limit: vine.number().withoutDecimals().min(1).max(MAX_FEATURES).optional(),
})
