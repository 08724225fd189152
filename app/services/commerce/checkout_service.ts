import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import type User from '#models/user'
import { mailUser } from '#mails/registry'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import { deleteReturning } from '#platform/db/query'
import { sqlTime } from '#platform/db/time'
import { listableProductIds, whereListable } from '#services/gifting/catalogue'
import { apiSerializer } from '#platform/http/api_serializer'
import CartService from '#services/commerce/cart_service'
import { idempotency, requestHash, type StoredResponse } from '#services/commerce/idempotency'
import InvoiceService from '#services/commerce/invoice_service'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import { invalidateSales } from '#services/commerce/sales_range'
import { recordSale, type SoldProduct } from '#services/commerce/sale_record'
import { totalsOf, taxRateBp } from '#services/commerce/tax'
import CacheService from '#platform/cache/cache_service'
import MailService from '#platform/mail/mail_service'
import SaleTransformer from '#transformers/commerce/sale_transformer'

export interface CheckoutRequest {
  addressId: number
  /** The raw request body, compared between retries with the same key. */
  body: unknown
  idempotencyKey?: string
}

export interface CheckoutResult extends StoredResponse {
  replayed: boolean
}

/** Thrown inside the transaction when the Idempotency-Key is taken: roll back, then replay. */
class KeyTaken extends Error {}

/** INV-<year>-<6 digits>, numbered per calendar year (UTC). */
const invoiceNumber = (year: number, n: number) => `INV-${year}-${String(n).padStart(6, '0')}`

/**
 * Turns a shopper's cart into a sale in one transaction: stock is taken with
 * a conditional update per product (never below zero; a loser of the last
 * units gets 409 and nothing is written), the lines keep a price snapshot,
 * the sale a snapshot of the address, and the invoice number comes from the
 * year's counter row, locked until commit, so numbers have no gaps. The cart
 * is emptied in the transaction, and the invoice e-mail queued after commit.
 *
 * With an Idempotency-Key, the first answer is stored with the sale and a
 * retry with the same key and body gets it again (`replayed`), creating
 * nothing; the same key with another body is refused with 422.
 */
@inject()
export default class CheckoutService {
  constructor(
    private cache: CacheService,
    private cart: CartService,
    private invoices: InvoiceService,
    private mail: MailService
  ) {}

  async checkout(shopper: User, request: CheckoutRequest): Promise<CheckoutResult> {
    const { idempotencyKey: key } = request
    const hash = requestHash(request.body)

    let response: StoredResponse
    try {
      response = await db.transaction(async (trx) => {
        // A key already taken (a retry, or a concurrent twin that committed first) rolls back and replays.
        if (key && !(await idempotency.claim(trx, shopper.id, key, hash))) throw new KeyTaken()
        const placed = await this.#place(trx, shopper, request.addressId)
        const stored = {
          status: 201,
          body: await apiSerializer.serializeWithoutWrapping(SaleTransformer.transform(placed)),
        }
        if (key) await idempotency.complete(trx, shopper.id, key, stored, placed.id)
        await this.mail.send(
          'invoice',
          { user: mailUser(shopper), invoice: this.invoices.view(placed) },
          { client: trx }
        )
        return stored
      })
    } catch (error) {
      // The key's first request answered (or a concurrent one committed first): answer as it did.
      const prior =
        key && (error instanceof KeyTaken || isUniqueViolation(error))
          ? await idempotency.replay(shopper.id, key, hash)
          : undefined
      if (prior) return { ...prior, replayed: true }
      throw error
    }

    await Promise.all([
      invalidateCatalogue(this.cache),
      invalidateSales(this.cache),
      this.cart.invalidate(shopper.id),
    ])
    return { ...response, replayed: false }
  }

  async #place(trx: TransactionClientContract, shopper: User, addressId: number) {
    const address = await trx
      .from('addresses')
      .where({ id: addressId, user_id: shopper.id })
      .select('recipient', 'line1', 'line2', 'city', 'postal_code', 'country', 'phone')
      .first()
    if (!address) throw AppException.notFound('Address')

    const lines = await this.#takeCart(trx, shopper.id)
    if (!lines.length) {
      // Lines left only of products no longer sold (withdrawn, or their brand blocked): say so rather than "empty".
      const unavailable = await trx.from('cart_items').where('user_id', shopper.id).first()
      if (unavailable)
        throw AppException.conflict(
          'E_PRODUCT_UNAVAILABLE',
          'The products in your cart are no longer sold; add others and try again'
        )
      throw AppException.conflict('E_CART_EMPTY', 'Your cart is empty')
    }

    const now = DateTime.utc()
    const priced = []
    for (const line of lines) {
      const quantity = Number(line.quantity)
      const product = await this.#takeStock(trx, Number(line.product_id), quantity, now)
      priced.push({
        product,
        quantity,
        unitPrice: Number(product.price),
        currency: String(product.currency),
      })
    }
    if (new Set(priced.map((line) => line.currency)).size > 1) {
      throw AppException.conflict(
        'E_MIXED_CURRENCY',
        'Your cart holds products in several currencies; check them out separately'
      )
    }
    const totals = totalsOf(priced, taxRateBp())
    return recordSale(trx, {
      userId: shopper.id,
      address: {
        recipient: address.recipient,
        line1: address.line1,
        line2: address.line2,
        city: address.city,
        postalCode: address.postal_code,
        country: address.country,
        phone: address.phone,
      },
      totals,
      invoiceNumber: await this.#nextInvoiceNumber(trx, now.year),
      lines: priced,
      at: now,
    })
  }

  /**
   * Empties the cart as the shopper sees it (lines of listable products) and
   * answers its lines, by product (the order stock is taken in). The deleted
   * rows stay locked until commit: a second checkout of the cart waits, then
   * finds it empty; a failed checkout rolls back and the lines are back.
   */
  async #takeCart(trx: TransactionClientContract, shopperId: number) {
    const lines = await deleteReturning<{ product_id: number; quantity: number }>(
      trx
        .from('cart_items')
        .where('user_id', shopperId)
        .whereIn('product_id', (q) => void listableProductIds(q)),
      ['product_id', 'quantity']
    )
    return lines.sort((a, b) => Number(a.product_id) - Number(b.product_id))
  }

  /**
   * The conditional update is the stock guard: it waits for the row lock and
   * re-checks `stock >= quantity` on the latest row. It answers what the sale
   * line keeps of the product (RETURNING, through knex: Lucid drops it on
   * SQLite), so the lines need no second read.
   */
  async #takeStock(
    trx: TransactionClientContract,
    productId: number,
    quantity: number,
    now: DateTime
  ): Promise<SoldProduct> {
    const update = whereListable(
      trx.from('products').where('products.id', productId).where('products.stock', '>=', quantity)
    ).update({
      stock: trx.raw('stock - ?', [quantity]),
      sales_count: trx.raw('sales_count + ?', [quantity]),
      updated_at: sqlTime(now),
    })
    update.knexQuery.returning(['id', 'name', 'price', 'currency', 'category_id', 'brand_id'])
    const [taken]: SoldProduct[] = await update
    if (taken) return taken
    const product = await whereListable(trx.from('products').where('products.id', productId))
      .select('name', 'stock')
      .first()
    if (!product)
      throw AppException.conflict(
        'E_PRODUCT_UNAVAILABLE',
        'A product in your cart is no longer sold; remove it and try again'
      )
    throw AppException.conflict(
      'E_OUT_OF_STOCK',
      `Only ${product.stock} of "${product.name}" left in stock`
    )
  }

  /**
   * One upsert takes the year's next number, returns it and locks its counter
   * row until commit (every checkout queues here: the numbers are gap-free),
   * as late in the transaction as the sale allows. RETURNING goes through the
   * knex query: Lucid drops it on SQLite, which has had it since 3.35.
   */
  async #nextInvoiceNumber(trx: TransactionClientContract, year: number) {
    const [counter] = await trx
      .knexQuery()
      .table('invoice_counters')
      .insert({ year, last_number: 1 })
      .onConflict('year')
      .merge({ last_number: trx.knexRawQuery('invoice_counters.last_number + 1') })
      .returning('last_number')
    return invoiceNumber(year, Number(counter.last_number))
  }
}
