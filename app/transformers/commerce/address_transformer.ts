import { BaseTransformer } from '@adonisjs/core/transformers'
import type Address from '#models/commerce/address'

export default class AddressTransformer extends BaseTransformer<Address> {
  toObject() {
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
      createdAt: a.createdAt.toISO(),
      updatedAt: a.updatedAt.toISO(),
    }
  }
}
