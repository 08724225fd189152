import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import type Product from '#models/product'
import SwipeSession from '#models/swipe_session'
import Swipe from '#models/swipe'
import AppException from '#exceptions/app_exception'
import { likeContains } from '#platform/db/search'
import { sqlNow } from '#platform/db/time'
import {
  listableProducts,
  parseTags,
  withCategories,
  withinBudget,
} from '#services/gifting/catalogue'
import type { createSessionValidator, swipeValidator } from '#validators/gifting/swipe_session'

/** Liked tags of the session that steer the next cards, besides the recipient's interests. */
const MAX_LIKED_TAGS = 20

/** A product to swipe and the recipient interests / liked tags it matches. */
export interface SwipeCard {
  product: Product
  matchedTags: string[]
}

export default class SwipeSessionService {
  async start(shopper: User, payload: Infer<typeof createSessionValidator>) {
    const recipient = payload.recipient ?? {}
    return SwipeSession.create({
      userId: shopper.id,
      recipientAgeMin: recipient.ageMin ?? null,
      recipientAgeMax: recipient.ageMax ?? null,
      interests: recipient.interests ?? [],
      budgetMin: recipient.budgetMin ?? null,
      budgetMax: recipient.budgetMax ?? null,
      revision: 0,
    })
  }

  async find(id: number) {
    const session = await SwipeSession.find(id)
    if (!session) throw AppException.notFound('Swipe session')
    return session
  }

  async mine(shopper: User, page = 1, perPage = 20) {
    return SwipeSession.query()
      .where('user_id', shopper.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
  }

  /**
   * The next products to swipe: listable, in budget, not swiped in this
   * session yet. Products whose tags match more of the recipient's interests
   * and the tags liked so far come first; the rest is exploration by
   * popularity (sales), then by id, so the order is stable.
   */
  async next(session: SwipeSession, limit = 10): Promise<SwipeCard[]> {
    const terms = [...new Set([...session.interests, ...(await this.likedTags(session.id))])]
    const query = withinBudget(listableProducts(), session).whereNotIn('products.id', (swiped) =>
      swiped.from('swipes').select('product_id').where('session_id', session.id)
    )
    if (terms.length) {
      const matches = terms
        .map(() => `(case when lower(products.tags) like ? escape '\\' then 1 else 0 end)`)
        .join(' + ')
      query.select(
        db.raw(
          `(${matches}) as match_count`,
          terms.map((term) => likeContains(JSON.stringify(term)))
        )
      )
      query.orderBy('match_count', 'desc')
    }
    const products = withCategories(
      await query.orderBy('products.sales_count', 'desc').orderBy('products.id', 'asc').limit(limit)
    )
    return products.map((product) => ({
      product,
      matchedTags: product.tags
        .map((tag) => tag.toLowerCase())
        .filter((tag) => terms.includes(tag)),
    }))
  }

  /** Records the swipe, replacing an earlier one on the same product; `created` is false for a re-swipe. */
  async swipe(session: SwipeSession, payload: Infer<typeof swipeValidator>) {
    const product = await listableProducts().where('products.id', payload.productId).first()
    if (!product) throw AppException.notFound('Product')

    const key = { session_id: session.id, product_id: product.id }
    return db.transaction(async (trx) => {
      const now = sqlNow()
      const previous = await trx.from('swipes').where(key).forUpdate().select('action').first()
      if (!previous) {
        // Upsert: a concurrent first swipe of this product may have landed meanwhile; the later one wins.
        await trx
          .table('swipes')
          .insert({ ...key, action: payload.action, created_at: now, updated_at: now })
          .onConflict(['session_id', 'product_id'])
          .merge(['action', 'updated_at'])
      } else if (previous.action !== payload.action) {
        await trx.from('swipes').where(key).update({ action: payload.action, updated_at: now })
      }
      if (previous?.action !== payload.action) {
        await trx
          .from('swipe_sessions')
          .where('id', session.id)
          .update({ revision: trx.raw('revision + 1'), updated_at: now })
      }
      const swipe = await Swipe.query({ client: trx })
        .where({ sessionId: session.id, productId: product.id })
        .firstOrFail()
      return { swipe, created: !previous }
    })
  }

  /** Tags of products liked (or super-liked) in the session, most liked first. */
  private async likedTags(sessionId: number) {
    const rows = await db
      .from('swipes')
      .join('products', 'products.id', 'swipes.product_id')
      .where('swipes.session_id', sessionId)
      .whereIn('swipes.action', ['like', 'superlike'])
      .select('products.tags')
    const counts = new Map<string, number>()
    for (const row of rows) {
      for (const tag of parseTags(row.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    }
    return [...counts.entries()]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, MAX_LIKED_TAGS)
      .map(([tag]) => tag)
  }
}
