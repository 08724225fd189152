import vine from '@vinejs/vine'

export const rateValidator = vine.create({
  score: vine.number().withoutDecimals().min(1).max(5),
})
