import vine from '@vinejs/vine'

const day = () => vine.date({ formats: ['YYYY-MM-DD'] })

/** A chart range (default: the last 30 days, at most 2 years) and bucket size. */
export const chartRangeValidator = vine.create({
  from: day().optional(),
  to: day().afterOrSameAs('from').optional(),
  bucket: vine.enum(['day', 'week', 'month'] as const).optional(),
})
