import vine from '@vinejs/vine'

export const MAX_LINE_QUANTITY = 99

const quantity = () => vine.number().withoutDecimals().min(1).max(MAX_LINE_QUANTITY)

export const addCartItemValidator = vine.create({
  productId: vine.number().withoutDecimals().min(1).max(2_147_483_647),
  quantity: quantity().optional(),
})

export const updateCartItemValidator = vine.create({
  quantity: quantity(),
})
