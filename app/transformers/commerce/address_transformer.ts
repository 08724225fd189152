import { BaseTransformer } from '@adonisjs/core/transformers'
import type Address from '#models/commerce/address'
import {
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

/** The fields of a delivery address, as saved and as snapshotted on a sale. */
export const addressFields = {
  recipient: string({ minLength: 1, maxLength: 120 }),
  line1: string({ minLength: 1, maxLength: 200 }),
  city: string({ minLength: 1, maxLength: 100 }),
  postalCode: string({ minLength: 1, maxLength: 20 }),
  country: string({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2; upper-cased' }),
  line2: nullable(string({ maxLength: 200 })),
  phone: nullable(string({ maxLength: 30, pattern: '^\\+?[0-9 ()-]{3,30}$' })),
}

export const addressSchema = object({
  id: integer(),
  ...addressFields,
  isDefault: boolean({ description: 'Exactly one address of a shopper is the default' }),
  createdAt: dateTime(),
  updatedAt: dateTime(),
})

export default class AddressTransformer extends BaseTransformer<Address> {
  toObject(): Infer<typeof addressSchema> {
    const a = this.resource
    return {
      id: a.id,
      recipient: a.recipient,
      line1: a.line1,
      line2: a.line2 ?? null,
      city: a.city,
      postalCode: a.postalCode,
      country: a.country,
      phone: a.phone ?? null,
      isDefault: a.isDefault,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
    }
  }
}
