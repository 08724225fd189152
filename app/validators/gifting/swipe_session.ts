import vine from '@vinejs/vine'
import { SWIPE_ACTIONS } from '#models/swipe'
import { id, paginationFields } from '#validators/common'

const MAX_MONEY = 1_000_000_000_00

/** The field must not be below its sibling `other` (when both are numbers). */
const atLeast = vine.createRule<{ other: string }>((value, { other }, field) => {
  const floor = field.parent?.[other]
  if (typeof value === 'number' && typeof floor === 'number' && value < floor) {
    field.report(`The {{ field }} field must be at least ${other}`, 'atLeast', field)
  }
})

const money = () => vine.number().withoutDecimals().min(0).max(MAX_MONEY)
const age = () => vine.number().withoutDecimals().min(0).max(120)

export const createSessionValidator = vine.create({
  recipient: vine
    .object({
      ageMin: age().optional(),
      ageMax: age()
        .use(atLeast({ other: 'ageMin' }))
        .optional(),
      interests: vine
        .array(vine.string().trim().toLowerCase().minLength(1).maxLength(50))
        .maxLength(20)
        .distinct()
        .optional(),
      budgetMin: money().optional(),
      budgetMax: money()
        .use(atLeast({ other: 'budgetMin' }))
        .optional(),
    })
    .optional(),
})

export const nextProductsValidator = vine.create({
  limit: vine.number().withoutDecimals().min(1).max(50).optional(),
})

export const swipeValidator = vine.create({
  productId: id(),
  action: vine.enum(SWIPE_ACTIONS),
})

export const listSessionsValidator = vine.create(paginationFields)
