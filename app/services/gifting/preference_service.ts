import type SwipeSession from '#models/swipe_session'
import {
  isLike,
  median,
  swipedProducts,
  type SwipedProduct,
} from '#services/gifting/swiped_products'

export interface CategoryPreference {
  id: number
  name: string
  path: string
  liked: number
  superliked: number
  disliked: number
}

export interface TagCount {
  tag: string
  count: number
}

/** What a session's swipes say about the recipient's taste. */
export interface Preferences {
  sessionId: number
  swipes: { total: number; likes: number; superlikes: number; dislikes: number }
  /** Categories with at least one like or super-like, most liked first. */
  categories: CategoryPreference[]
  /** Over liked and super-liked products (minor units); null before the first like. */
  priceBand: { min: number; median: number; max: number } | null
  tags: { liked: TagCount[]; disliked: TagCount[] }
}

const byCount = (a: { count: number; tag: string }, b: { count: number; tag: string }) =>
  b.count - a.count || a.tag.localeCompare(b.tag)

function tagCounts(swipes: SwipedProduct[]): TagCount[] {
  const counts = new Map<string, number>()
  for (const swipe of swipes)
    for (const tag of swipe.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort(byCount)
}

function categories(swipes: SwipedProduct[]): CategoryPreference[] {
  const byId = new Map<number, CategoryPreference>()
  for (const swipe of swipes) {
    if (swipe.categoryId === null) continue
    const entry = byId.get(swipe.categoryId) ?? {
      id: swipe.categoryId,
      name: swipe.categoryName ?? '',
      path: swipe.categoryPath ?? '',
      liked: 0,
      superliked: 0,
      disliked: 0,
    }
    if (isLike(swipe.action)) entry.liked++
    if (swipe.action === 'superlike') entry.superliked++
    if (swipe.action === 'dislike') entry.disliked++
    byId.set(swipe.categoryId, entry)
  }
  return [...byId.values()]
    .filter((entry) => entry.liked > 0)
    .sort(
      (a, b) =>
        b.liked - a.liked ||
        b.superliked - a.superliked ||
        a.name.localeCompare(b.name) ||
        a.id - b.id
    )
}

export interface BrandPreference {
  id: number
  name: string
  liked: number
  disliked: number
}

/** Brands of liked products, most liked first. */
function brands(swipes: SwipedProduct[]): BrandPreference[] {
  const byId = new Map<number, BrandPreference>()
  for (const swipe of swipes) {
    if (swipe.brandId === null) continue
    const entry = byId.get(swipe.brandId) ?? {
      id: swipe.brandId,
      name: swipe.brandName ?? '',
      liked: 0,
      disliked: 0,
    }
    if (isLike(swipe.action)) entry.liked++
    if (swipe.action === 'dislike') entry.disliked++
    byId.set(swipe.brandId, entry)
  }
  return [...byId.values()]
    .filter((entry) => entry.liked > 0)
    .sort((a, b) => b.liked - a.liked || a.name.localeCompare(b.name) || a.id - b.id)
}

/** What any set of swipes says about taste: counts, liked categories, price band and tags. */
export function tasteOf(swipes: SwipedProduct[]) {
  const liked = swipes.filter((swipe) => isLike(swipe.action))
  const disliked = swipes.filter((swipe) => swipe.action === 'dislike')
  const prices = liked.map((swipe) => swipe.price)
  return {
    swipes: {
      total: swipes.length,
      likes: swipes.filter((swipe) => swipe.action === 'like').length,
      superlikes: swipes.filter((swipe) => swipe.action === 'superlike').length,
      dislikes: disliked.length,
    },
    categories: categories(swipes),
    priceBand: prices.length
      ? { min: Math.min(...prices), median: median(prices)!, max: Math.max(...prices) }
      : null,
    tags: { liked: tagCounts(liked), disliked: tagCounts(disliked) },
  }
}

/** `tasteOf` over many sessions, with the like rate (likes and super-likes over all swipes) and liked brands. */
export function swipeAnalytics(swipes: SwipedProduct[]) {
  const taste = tasteOf(swipes)
  const likes = taste.swipes.likes + taste.swipes.superlikes
  return {
    ...taste,
    likeRate: swipes.length ? Math.round((likes / swipes.length) * 1000) / 1000 : null,
    brands: brands(swipes),
  }
}

export default class PreferenceService {
  async forSession(session: SwipeSession): Promise<Preferences> {
    return { sessionId: session.id, ...tasteOf(await swipedProducts(session.id)) }
  }
}
