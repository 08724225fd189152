import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import Address from '#models/commerce/address'
import AppException from '#exceptions/app_exception'
import type { createAddressValidator, updateAddressValidator } from '#validators/commerce/address'

/**
 * A shopper's delivery addresses, exactly one of them the default: the first
 * one becomes it, and deleting it promotes the oldest remaining one. Every
 * change locks the shopper's row, so concurrent changes of one shopper's
 * addresses run one after the other (a partial unique index backs this up).
 */
export default class AddressService {
  async mine(shopper: User) {
    return Address.query()
      .where('user_id', shopper.id)
      .orderBy('is_default', 'desc')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
  }

  async find(id: number) {
    const address = await Address.find(id)
    if (!address) throw AppException.notFound('Address')
    return address
  }

  async create(shopper: User, payload: Infer<typeof createAddressValidator>) {
    const { isDefault, ...fields } = payload
    return this.#forShopper(shopper.id, async (trx) => {
      const hasDefault = await trx
        .from('addresses')
        .where({ user_id: shopper.id, is_default: true })
        .select('id')
        .first()
      if (hasDefault && isDefault) await this.#unsetDefault(shopper.id, trx)
      return Address.create(
        { ...fields, userId: shopper.id, isDefault: !hasDefault || Boolean(isDefault) },
        { client: trx }
      )
    })
  }

  async update(address: Address, payload: Infer<typeof updateAddressValidator>) {
    address.merge(payload)
    await address.save()
    return address
  }

  async makeDefault(address: Address) {
    return this.#forShopper(address.userId, async (trx) => {
      await this.#unsetDefault(address.userId, trx)
      const locked = await Address.query({ client: trx }).where('id', address.id).firstOrFail()
      locked.isDefault = true
      await locked.useTransaction(trx).save()
      return locked
    })
  }

  async delete(address: Address) {
    await this.#forShopper(address.userId, async (trx) => {
      const locked = await Address.query({ client: trx }).where('id', address.id).first()
      if (!locked) throw AppException.notFound('Address')
      await locked.useTransaction(trx).delete()
      if (!locked.isDefault) return
      const next = await Address.query({ client: trx })
        .where('user_id', address.userId)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .first()
      if (next) {
        next.isDefault = true
        await next.useTransaction(trx).save()
      }
    })
  }

  #unsetDefault(userId: number, trx: TransactionClientContract) {
    return trx
      .from('addresses')
      .where({ user_id: userId, is_default: true })
      .update({ is_default: false })
  }

  #forShopper<T>(userId: number, work: (trx: TransactionClientContract) => Promise<T>) {
    return db.transaction(async (trx) => {
      await trx.from('users').where('id', userId).forUpdate().select('id')
      return work(trx)
    })
  }
}
