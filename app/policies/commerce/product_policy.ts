import type User from '#models/user'
import type Product from '#models/product'
import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound, roleRefused } from '#policies/account_state'

/** Approved brands sell their own products; admins manage every product and alone decide what is featured. */
export default class ProductPolicy extends BasePolicy {
  create(user: User): AuthorizerResponse {
    return user.isAdmin || mayAct(user, ['sponsor'])
  }

  manage(user: User, product: Product): AuthorizerResponse {
    if (user.isAdmin) return true
    if (user.role !== 'sponsor') return roleRefused(['sponsor', 'admin'])
    if (product.brandId !== user.id) return notFound('Product')
    return mayAct(user, ['sponsor'])
  }

  feature(user: User): AuthorizerResponse {
    return user.isAdmin || AuthorizationResponse.deny('Only admins may feature products', 403)
  }
}
