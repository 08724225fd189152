import vine from '@vinejs/vine'
import { id } from '#validators/common'

export const MAX_LINE_QUANTITY = 99

const quantity = () => vine.number().withoutDecimals().min(1).max(MAX_LINE_QUANTITY)

export const addCartItemValidator = vine.create({
  productId: id(),
  quantity: quantity().optional(),
})

export const updateCartItemValidator = vine.create({
  quantity: quantity(),
})
