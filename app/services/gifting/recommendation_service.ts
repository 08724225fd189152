import db from '@adonisjs/lucid/services/db'
import type Product from '#models/product'
import type SwipeSession from '#models/swipe_session'
import GiftRecommendation from '#models/gift_recommendation'
import RecommendationInteraction, { type InteractionType } from '#models/recommendation_interaction'
import AppException from '#exceptions/app_exception'
import { sqlNow } from '#platform/db/time'
import {
  listableProductIds,
  listableProducts,
  parseTags,
  withinBudget,
} from '#services/gifting/catalogue'
import { swipedProducts } from '#services/gifting/swiped_products'
import { rank, type ScoringProduct } from '#services/gifting/recommendation_scoring'

/** Candidates scored per generation: the most popular listable products in budget. */
const CANDIDATE_POOL = 5000

export const DEFAULT_RECOMMENDATIONS = 10

/** A session's current gift list; `stale` once swipes changed after it was generated. */
export interface RecommendationList {
  recommendations: GiftRecommendation[]
  generatedAt: string | null
  stale: boolean
}

const scoringProduct = (product: Product): ScoringProduct => ({
  id: product.id,
  categoryId: product.categoryId,
  categoryPath: product.$extras.category_path ?? null,
  tags: product.tags.map((tag) => tag.toLowerCase()),
  price: product.price,
  salesCount: Number(product.salesCount),
})

/**
 * Ranked gift lists from a session's swipes (feature flag ENABLE_RECOMMENDATIONS).
 *
 *   score = 3·categoryAffinity + 2·tagAffinity + 1.5·priceFit + 1·popularity + feedback
 *
 * Affinities come from likes (superlike ×2) minus dislikes over the swiped
 * products' categories (ancestors included) and tags; priceFit is closeness to
 * the liked median price; popularity is normalised sales; feedback is the
 * shopper's interactions (purchased +3, saved +1.5, clicked +0.5) with similar
 * products. Products disliked in the session are left out. The exact terms are
 * in app/services/gifting/recommendation_scoring.ts.
 */
export default class RecommendationService {
  /** Replaces the session's list with the top `limit` products for its current swipes. */
  async generate(
    session: SwipeSession,
    limit = DEFAULT_RECOMMENDATIONS
  ): Promise<RecommendationList> {
    const revision = session.revision
    const swipes = await swipedProducts(session.id)
    if (!swipes.length)
      throw AppException.conflict(
        'E_NO_SWIPES',
        'Swipe at least one product before asking for recommendations'
      )

    const candidates = await withinBudget(listableProducts(), session)
      .orderBy('products.sales_count', 'desc')
      .orderBy('products.id', 'asc')
      .limit(CANDIDATE_POOL)
    const ranked = rank(
      candidates.map(scoringProduct),
      {
        swipes: swipes.map((swipe) => ({
          action: swipe.action,
          product: { ...swipe, id: swipe.productId },
        })),
        interests: session.interests,
        budget: session,
        feedback: await this.feedback(session.userId),
      },
      limit
    )

    await db.transaction(async (trx) => {
      // Serialises concurrent generations of one session.
      await trx.from('swipe_sessions').where('id', session.id).forUpdate().select('id')
      await trx.from('gift_recommendations').where('session_id', session.id).delete()
      if (!ranked.length) return
      const now = sqlNow()
      await trx.table('gift_recommendations').multiInsert(
        ranked.map((entry, index) => ({
          session_id: session.id,
          user_id: session.userId,
          product_id: entry.product.id,
          rank: index + 1,
          score: entry.score,
          breakdown: JSON.stringify(entry.breakdown),
          session_revision: revision,
          created_at: now,
        }))
      )
    })
    return this.current(session)
  }

  async list(session: SwipeSession): Promise<RecommendationList> {
    return this.current(session)
  }

  /** The shopper's recommendations of every swipe session, newest list first (then by rank), with their interactions. */
  async allOf(userId: number, page = 1, perPage = 20) {
    return GiftRecommendation.query()
      .where('user_id', userId)
      .whereIn('product_id', (q) => void listableProductIds(q))
      .preload('product', (q) => q.preload('category'))
      .preload('interactions', (q) => q.orderBy('id', 'asc'))
      .orderBy('created_at', 'desc')
      .orderBy('session_id', 'desc')
      .orderBy('rank', 'asc')
      .paginate(page, perPage)
  }

  async find(id: number) {
    const recommendation = await GiftRecommendation.find(id)
    if (!recommendation) throw AppException.notFound('Recommendation')
    return recommendation
  }

  /** Records what the shopper did with a recommendation, once per product and type; `created` is false for a repeat. */
  async interact(recommendation: GiftRecommendation, type: InteractionType) {
    const key = { userId: recommendation.userId, productId: recommendation.productId, type }
    const existing = await RecommendationInteraction.query().where(key).first()
    if (existing) return { interaction: existing, created: false }
    // A concurrent identical request may insert first; both then answer with that one row.
    await db
      .table('recommendation_interactions')
      .insert({
        recommendation_id: recommendation.id,
        user_id: key.userId,
        product_id: key.productId,
        type,
        created_at: sqlNow(),
      })
      .onConflict(['user_id', 'product_id', 'type'])
      .ignore()
    return {
      interaction: await RecommendationInteraction.query().where(key).firstOrFail(),
      created: true,
    }
  }

  private async current(session: SwipeSession): Promise<RecommendationList> {
    const recommendations = await GiftRecommendation.query()
      .where('session_id', session.id)
      .whereIn('product_id', (q) => void listableProductIds(q))
      .preload('product', (q) => q.preload('category'))
      .orderBy('rank', 'asc')
    const first = recommendations[0] as GiftRecommendation | undefined
    return {
      recommendations,
      generatedAt: first ? first.createdAt.toISO() : null,
      stale: first ? first.sessionRevision !== session.revision : false,
    }
  }

  /** Every interaction of the shopper, with the product it was about. */
  private async feedback(userId: number) {
    const rows = await db
      .from('recommendation_interactions as i')
      .join('products', 'products.id', 'i.product_id')
      .leftJoin('categories', 'categories.id', 'products.category_id')
      .where('i.user_id', userId)
      .select(
        'i.type',
        'products.id',
        'products.category_id',
        'categories.path',
        'products.tags',
        'products.price',
        'products.sales_count'
      )
    return rows.map((row) => ({
      type: row.type as InteractionType,
      product: {
        id: row.id,
        categoryId: row.category_id ?? null,
        categoryPath: row.path ?? null,
        tags: parseTags(row.tags),
        price: Number(row.price),
        salesCount: Number(row.sales_count),
      },
    }))
  }
}
