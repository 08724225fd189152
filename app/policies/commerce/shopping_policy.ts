import type User from '#models/user'
import type Address from '#models/commerce/address'
import type Sale from '#models/commerce/sale'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound } from '#policies/account_state'

/** Carts, addresses, checkouts and purchases belong to one shopper; another shopper's answer 404. */
export default class ShoppingPolicy extends BasePolicy {
  shop(user: User): AuthorizerResponse {
    return mayAct(user, ['shopper'])
  }

  ownAddress(user: User, address: Address): AuthorizerResponse {
    if (address.userId !== user.id) return notFound('Address')
    return mayAct(user, ['shopper'])
  }

  ownSale(user: User, sale: Sale): AuthorizerResponse {
    if (sale.userId !== user.id) return notFound('Sale')
    return mayAct(user, ['shopper'])
  }
}
