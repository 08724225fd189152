import vine from '@vinejs/vine'
import { id, paginationFields } from '#validators/common'
import { MAX_PRICE } from '#validators/commerce/catalogue'

const day = () => vine.date({ formats: ['YYYY-MM-DD'] })

export const checkoutValidator = vine.create({
  addressId: id(),
})

/** The Idempotency-Key header, when sent. */
export const idempotencyKeyValidator = vine.create({
  key: vine
    .string()
    .minLength(1)
    .maxLength(200)
    .regex(/^[\x21-\x7e]+$/)
    .optional(),
})

export const mySalesValidator = vine.create(paginationFields)

export const adminSalesValidator = vine.create({
  ...paginationFields,
  from: day().optional(),
  to: day().afterOrSameAs('from').optional(),
  userId: id().optional(),
  minTotal: vine.number().withoutDecimals().min(0).max(MAX_PRICE).optional(),
  invoice: vine.string().trim().toUpperCase().maxLength(32).optional(),
})

export const salesAnalyticsValidator = vine.create({
  from: day().optional(),
  to: day().afterOrSameAs('from').optional(),
  top: vine.number().withoutDecimals().min(1).max(50).optional(),
})
