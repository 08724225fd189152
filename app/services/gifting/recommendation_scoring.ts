import type { SwipeAction } from '#models/swipe'
import type { InteractionType } from '#models/recommendation_interaction'
import type { ScoreBreakdown } from '#models/gift_recommendation'
import { pathIds } from '#services/gifting/catalogue'
import { median } from '#services/gifting/swiped_products'

/**
 * Gift scoring. For a candidate product p:
 *
 *   score(p) = 3·categoryAffinity + 2·tagAffinity + 1.5·priceFit + 1·popularity + feedback
 *
 * - Swipe weights w: like +1, superlike +2, dislike −1.
 * - categoryAffinity ∈ [−1, 1]: every swipe adds its w to each category on its
 *   product's path (the category and its ancestors); p gets the mean of those
 *   sums over its own path, divided by Σ|w|. A sibling category shares only
 *   the ancestors' part.
 * - tagAffinity ∈ [−1, 1]: every swipe adds its w to each tag of its product,
 *   each recipient interest counts as one like of that tag; p gets the mean
 *   over its tags, divided by Σ|w| (+ number of interests).
 * - priceFit ∈ [0, 1] = max(0, 1 − |price − M| / M), M the median price of the
 *   liked products (a superlike counts twice), else the middle of the budget;
 *   0 without either. Products outside the budget are never candidates.
 * - popularity ∈ [0, 1] = ln(1 + sales) / ln(1 + highest sales among candidates).
 * - feedback = Σ over the shopper's interactions on earlier recommendations
 *   (purchased +3, saved +1.5, clicked +0.5) × similarity(p, that product), where
 *   similarity is 1 for the same product, else 0.5·[same category] + 0.5·Jaccard(tags).
 *
 * Products disliked in the session are excluded; ties go to the lower id.
 */
export const WEIGHTS = { category: 3, tag: 2, price: 1.5, popularity: 1 } as const
export const SWIPE_WEIGHTS: Record<SwipeAction, number> = { like: 1, superlike: 2, dislike: -1 }
export const FEEDBACK_WEIGHTS: Record<InteractionType, number> = {
  purchased: 3,
  saved: 1.5,
  clicked: 0.5,
}

/** What scoring needs of a product. */
export interface ScoringProduct {
  id: number
  categoryId: number | null
  categoryPath: string | null
  tags: string[]
  price: number
  salesCount: number
}

export interface ScoringInput {
  swipes: { action: SwipeAction; product: ScoringProduct }[]
  interests: string[]
  budget: { budgetMin: number | null; budgetMax: number | null }
  feedback: { type: InteractionType; product: ScoringProduct }[]
}

export interface Scored {
  product: ScoringProduct
  score: number
  breakdown: ScoreBreakdown
}

const round = (value: number) => Math.round(value * 10_000) / 10_000
const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0

function add<K>(map: Map<K, number>, key: K, value: number) {
  map.set(key, (map.get(key) ?? 0) + value)
}

/** The taste a session's swipes (and recipient interests) express. */
export function profileOf(input: ScoringInput) {
  const categories = new Map<number, number>()
  const tags = new Map<string, number>()
  let swipeWeight = 0
  const likedPrices: number[] = []
  for (const { action, product } of input.swipes) {
    const w = SWIPE_WEIGHTS[action]
    swipeWeight += Math.abs(w)
    for (const id of pathIds(product.categoryPath)) add(categories, id, w)
    for (const tag of product.tags) add(tags, tag, w)
    for (let i = 0; i < Math.max(0, w); i++) likedPrices.push(product.price)
  }
  for (const interest of input.interests) add(tags, interest, 1)
  const { budgetMin, budgetMax } = input.budget
  const budgetMiddle = budgetMin !== null && budgetMax !== null ? (budgetMin + budgetMax) / 2 : null
  return {
    categories,
    tags,
    categoryWeight: swipeWeight,
    tagWeight: swipeWeight + input.interests.length,
    referencePrice: median(likedPrices) ?? budgetMiddle,
  }
}

type Profile = ReturnType<typeof profileOf>

function jaccard(a: string[], b: string[]) {
  if (!a.length && !b.length) return 0
  const shared = a.filter((tag) => b.includes(tag)).length
  return shared / new Set([...a, ...b]).size
}

function similarity(p: ScoringProduct, q: ScoringProduct) {
  if (p.id === q.id) return 1
  const sameCategory = p.categoryId !== null && p.categoryId === q.categoryId ? 1 : 0
  return 0.5 * sameCategory + 0.5 * jaccard(p.tags, q.tags)
}

function breakdownOf(
  p: ScoringProduct,
  profile: Profile,
  maxSales: number,
  feedback: ScoringInput['feedback']
): ScoreBreakdown {
  const categoryAffinity = profile.categoryWeight
    ? mean(pathIds(p.categoryPath).map((id) => profile.categories.get(id) ?? 0)) /
      profile.categoryWeight
    : 0
  const tagAffinity = profile.tagWeight
    ? mean(p.tags.map((tag) => profile.tags.get(tag) ?? 0)) / profile.tagWeight
    : 0
  const m = profile.referencePrice
  const priceFit = m !== null && m > 0 ? Math.max(0, 1 - Math.abs(p.price - m) / m) : 0
  const popularity = maxSales > 0 ? Math.log1p(p.salesCount) / Math.log1p(maxSales) : 0
  const feedbackScore = feedback.reduce(
    (sum, { type, product }) => sum + FEEDBACK_WEIGHTS[type] * similarity(p, product),
    0
  )
  return {
    categoryAffinity: round(categoryAffinity),
    tagAffinity: round(tagAffinity),
    priceFit: round(priceFit),
    popularity: round(popularity),
    feedback: round(feedbackScore),
  }
}

/** Scores and ranks the candidates (best first), leaving out products disliked in the session. */
export function rank(candidates: ScoringProduct[], input: ScoringInput, limit: number): Scored[] {
  const profile = profileOf(input)
  const disliked = new Set(
    input.swipes.filter((s) => s.action === 'dislike').map((s) => s.product.id)
  )
  const pool = candidates.filter((p) => !disliked.has(p.id))
  const maxSales = Math.max(0, ...pool.map((p) => p.salesCount))
  return pool
    .map((product) => {
      const breakdown = breakdownOf(product, profile, maxSales, input.feedback)
      const score =
        WEIGHTS.category * breakdown.categoryAffinity +
        WEIGHTS.tag * breakdown.tagAffinity +
        WEIGHTS.price * breakdown.priceFit +
        WEIGHTS.popularity * breakdown.popularity +
        breakdown.feedback
      return { product, score: round(score), breakdown }
    })
    .sort((a, b) => b.score - a.score || a.product.id - b.product.id)
    .slice(0, limit)
}
