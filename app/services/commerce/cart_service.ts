import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Product from '#models/product'
import type User from '#models/user'
import CartItem from '#models/commerce/cart_item'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import { listableProductIds, listableProducts } from '#services/gifting/catalogue'
import { CATALOGUE_TAG } from '#services/commerce/product_cache'
import { totalsOf } from '#services/commerce/tax'
import CacheService from '#platform/cache/cache_service'
import { MAX_LINE_QUANTITY } from '#validators/commerce/cart'
import type { Infer } from '#platform/openapi/schema'
import type { cartTotalSchema } from '#transformers/commerce/commerce_schemas'

export const cartTag = (userId: number) => `cart:${userId}`

function ensureStock(product: Product, quantity: number) {
  if (quantity > MAX_LINE_QUANTITY) {
    throw AppException.invalid('quantity', `At most ${MAX_LINE_QUANTITY} of one product per order`)
  }
  if (quantity > product.stock) {
    throw AppException.conflict(
      'E_INSUFFICIENT_STOCK',
      `Only ${product.stock} of "${product.name}" in stock`
    )
  }
}

/**
 * One cart per shopper: lines of listable products, each within stock and in
 * the cart's one currency. Totals are computed here, never by the client, and
 * cached per shopper (family `cartTotal`) until the cart or a product changes.
 */
@inject()
export default class CartService {
  constructor(private cache: CacheService) {}

  /** The lines whose product is still listable, oldest first. */
  async lines(shopper: User) {
    return CartItem.query()
      .where('user_id', shopper.id)
      .whereIn('product_id', (q) => void listableProductIds(q))
      .preload('product', (q) => q.preload('category'))
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
  }

  total(shopper: User) {
    return this.cache.remember(
      'cartTotal',
      String(shopper.id),
      async (): Promise<Infer<typeof cartTotalSchema>> => {
        const lines = await this.lines(shopper)
        return totalsOf(
          lines.map((line) => ({
            unitPrice: line.product.price,
            quantity: line.quantity,
            currency: line.product.currency,
          }))
        )
      },
      { tags: [cartTag(shopper.id), CATALOGUE_TAG] }
    )
  }

  /** Adds to the quantity already in the cart (a new line starts at `quantity`). */
  async add(shopper: User, productId: number, quantity = 1) {
    const product = await this.#product(productId)
    const created = await this.#retryOnRace(() =>
      db.transaction(async (trx) => {
        const existing = await CartItem.query({ client: trx })
          .where({ userId: shopper.id, productId })
          .forUpdate()
          .first()
        ensureStock(product, (existing?.quantity ?? 0) + quantity)
        await this.#ensureCurrency(shopper, product, trx)
        if (existing) {
          existing.quantity += quantity
          await existing.useTransaction(trx).save()
          return false
        }
        await CartItem.create({ userId: shopper.id, productId, quantity }, { client: trx })
        return true
      })
    )
    await this.#changed(shopper)
    return created
  }

  /** The shopper's line of a product; 404 when their cart holds none (another shopper's lines included). */
  async line(shopper: User, productId: number) {
    const line = await CartItem.query().where({ userId: shopper.id, productId }).first()
    if (!line) throw AppException.notFound('Cart item')
    return line
  }

  async setQuantity(line: CartItem, quantity: number) {
    ensureStock(await this.#product(line.productId), quantity)
    line.quantity = quantity
    await line.save()
    await this.invalidate(line.userId)
  }

  async remove(shopper: User, productId: number) {
    const line = await this.line(shopper, productId)
    await line.delete()
    await this.#changed(shopper)
  }

  async clear(shopper: User) {
    await CartItem.query().where('user_id', shopper.id).delete()
    await this.#changed(shopper)
  }

  /** Drops the cached total; checkout calls it after emptying the cart. */
  invalidate(shopperId: number) {
    return this.cache.invalidateTags([cartTag(shopperId)])
  }

  #changed(shopper: User) {
    return this.invalidate(shopper.id)
  }

  async #product(productId: number) {
    const product = await listableProducts().where('products.id', productId).first()
    if (!product) throw AppException.notFound('Product')
    return product
  }

  async #ensureCurrency(shopper: User, product: Product, trx: TransactionClientContract) {
    const other = await trx
      .from('cart_items')
      .join('products', 'products.id', 'cart_items.product_id')
      .where('cart_items.user_id', shopper.id)
      .whereNot('products.currency', product.currency)
      .select('products.currency')
      .first()
    if (other) {
      throw AppException.conflict(
        'E_CURRENCY_MISMATCH',
        `Your cart is in ${other.currency}; "${product.name}" is sold in ${product.currency}`
      )
    }
  }

  /** Two first adds of one product at once: the loser finds the winner's line and adds to it. */
  async #retryOnRace<T>(write: () => Promise<T>) {
    try {
      return await write()
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      return write()
    }
  }
}
