import vine from '@vinejs/vine'
import { readOnly } from '#validators/common'

const fields = {
  recipient: vine.string().trim().minLength(1).maxLength(120),
  line1: vine.string().trim().minLength(1).maxLength(200),
  line2: vine.string().trim().maxLength(200).nullable(),
  city: vine.string().trim().minLength(1).maxLength(100),
  postalCode: vine.string().trim().minLength(1).maxLength(20),
  country: vine.string().trim().toUpperCase().fixedLength(2).alpha(),
  phone: vine
    .string()
    .trim()
    .maxLength(30)
    .regex(/^\+?[0-9 ()-]{3,30}$/)
    .nullable(),
}

export const createAddressValidator = vine.create({
  ...fields,
  line2: fields.line2.optional(),
  phone: fields.phone.optional(),
  isDefault: vine.boolean().optional(),
})

export const updateAddressValidator = vine.create({
  recipient: fields.recipient.optional(),
  line1: fields.line1.optional(),
  line2: fields.line2.optional(),
  city: fields.city.optional(),
  postalCode: fields.postalCode.optional(),
  country: fields.country.optional(),
  phone: fields.phone.optional(),
  isDefault: readOnly('Make an address the default with POST /api/v1/addresses/{id}/default'),
})
