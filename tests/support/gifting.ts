import { randomInt } from 'node:crypto'
import type { ApiClient } from '@japa/api-client'
import Category from '#models/category'
import Product from '#models/product'
import { API, marker } from '#tests/support/marketplace'

export { API, marker }

/**
 * A price range no other test uses (products of concurrent runs stay out of
 * a session whose budget is this band): `band.at(n)` is a price inside it.
 */
export function priceBand() {
  const min = 5_000_000_000 + randomInt(0, 10_000_000) * 1_000
  return { budgetMin: min, budgetMax: min + 999, at: (offset: number) => min + offset }
}

/** A category under `parent` (or a root), with its materialised path. */
export async function categoryUnder(parent: Category | null, name = 'Category') {
  const category = await Category.create({
    parentId: parent?.id ?? null,
    name,
    slug: `${name.toLowerCase()}-${marker()}`,
    path: '/',
    position: 0,
  })
  category.path = `${parent?.path ?? '/'}${category.id}/`
  await category.save()
  return category
}

/** A listable product (active, platform-sold) unless overridden. */
export function productFor(overrides: Partial<Product> = {}) {
  return Product.create({
    brandId: null,
    categoryId: null,
    name: `Gift ${marker()}`,
    description: 'A product made for a test',
    price: 1_000,
    currency: 'USD',
    stock: 10,
    images: [],
    tags: [],
    featured: false,
    active: true,
    salesCount: 0,
    ...overrides,
  })
}

/** Starts a swipe session over the API; returns its id. */
export async function startSession(
  client: ApiClient,
  token: string,
  recipient?: Record<string, unknown>
) {
  const res = await client
    .post(`${API}/gifting/sessions`)
    .bearerToken(token)
    .json(recipient ? { recipient } : {})
  res.assertStatus(201)
  return res.body().data.id as number
}

export async function swipe(
  client: ApiClient,
  token: string,
  sessionId: number,
  productId: number,
  action: 'like' | 'dislike' | 'superlike'
) {
  const res = await client
    .post(`${API}/gifting/sessions/${sessionId}/swipes`)
    .bearerToken(token)
    .json({ productId, action })
  if (![200, 201].includes(res.status())) res.assertStatus(201)
  return res
}

export const productIds = (body: { data: { product?: { id: number }; id: number }[] }) =>
  body.data.map((row) => row.product?.id ?? row.id)
