import { inject } from '@adonisjs/core'
import type { Infer } from '@vinejs/vine/types'
import Category from '#models/category'
import Product from '#models/product'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import { likeContains, whereText } from '#platform/db/search'
import {
  listableProductRows,
  PRODUCT_ROW_COLUMNS,
  type ProductRow,
} from '#services/gifting/catalogue'
import { CATALOGUE_TAG, invalidateCatalogue } from '#services/commerce/product_cache'
import CacheService, { queryKey } from '#platform/cache/cache_service'
import { compiledQuery } from '#platform/db/compiled_query'
import { countOf } from '#platform/db/query'
import { rowsPage, TOTAL } from '#platform/db/pagination'
import { productRowObject } from '#transformers/commerce/product_transformer'
import type {
  createProductValidator,
  featuredProductsValidator,
  productListValidator,
  updateProductValidator,
} from '#validators/commerce/catalogue'

type Filters = Infer<typeof productListValidator>

const SORTS = {
  newest: [['products.created_at', 'desc']],
  price_asc: [['products.price', 'asc']],
  price_desc: [['products.price', 'desc']],
  popular: [['products.sales_count', 'desc']],
  name: [['products.name', 'asc']],
} as const

const DEFAULT_FEATURED = 12

/** The filters as the query applies them (defaults filled in, tags split and sorted), so equivalent requests share one entry. */
function listKey(filters: Filters) {
  return queryKey('products', {
    category: filters.category,
    minPrice: filters.minPrice,
    maxPrice: filters.maxPrice,
    tags: tagsOf(filters).join(','),
    q: filters.q?.toLowerCase(),
    inStock: filters.inStock,
    sort: filters.sort ?? 'newest',
    page: filters.page ?? 1,
    perPage: filters.perPage ?? 20,
  })
}

const tagsOf = (filters: Filters) =>
  [
    ...new Set(
      (filters.tags ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
    ),
  ].sort()

/** Sort and stock filter of a list page: the part of its SQL that is not bindings. */
type ListShape = `${keyof typeof SORTS}:${boolean | ''}`

/** The list filters as bindings (tags as `tag0`, `tag1`, … LIKE patterns), and the page as limit and offset. */
type ListValues = {
  categoryPath?: string
  minPrice?: number
  maxPrice?: number
  q?: string
  limit: number
  offset: number
  [tag: `tag${number}`]: string | undefined
}

/** Listable products matching the filters. */
function listQuery(shape: ListShape, values: ListValues) {
  const query = listableProductRows()
  if (values.categoryPath !== undefined) query.where('categories.path', 'like', values.categoryPath)
  if (values.minPrice !== undefined) query.where('products.price', '>=', values.minPrice)
  if (values.maxPrice !== undefined) query.where('products.price', '<=', values.maxPrice)
  for (let index = 0; values[`tag${index}`] !== undefined; index++)
    query.whereRaw(`lower(products.tags) like ? escape '\\'`, [values[`tag${index}`]!])
  if (values.q !== undefined) whereText(query, ['products.name', 'products.description'], values.q)
  const inStock = shape.slice(shape.indexOf(':') + 1)
  if (inStock) query.where('products.stock', inStock === 'true' ? '>' : '<=', 0)
  return query
}

/**
 * A page of `listQuery` in the shape's order. The total rides on the page's rows
 * as a scalar subquery, which PostgreSQL runs once as a plain aggregate
 * (`count(*) over ()` materialised every match): one round trip, not two.
 */
const listPage = compiledQuery((shape: ListShape, values: ListValues) => {
  const query = listQuery(shape, values)
  const count = listQuery(shape, values).count('* as total')
  for (const [column, direction] of SORTS[shape.slice(0, shape.indexOf(':')) as keyof typeof SORTS])
    query.orderBy(column, direction)
  return query
    .select([...PRODUCT_ROW_COLUMNS, count.as(TOTAL)])
    .orderBy('products.id', 'desc')
    .limit(values.limit)
    .offset(values.offset)
})

/**
 * The product catalogue: what shoppers may see (gifting's `whereListable`),
 * cached per query (family `productList`) and per product (family `product`)
 * as serialized JSON; every product or category change drops both.
 */
@inject()
export default class ProductService {
  constructor(private cache: CacheService) {}

  list(filters: Filters) {
    return this.cache.remember('productList', listKey(filters), () => this.#page(filters), {
      tags: [CATALOGUE_TAG],
    })
  }

  featured({ limit = DEFAULT_FEATURED }: Infer<typeof featuredProductsValidator>) {
    return this.cache.remember(
      'productList',
      `featured:${limit}`,
      async () => {
        const rows: ProductRow[] = await listableProductRows()
          .select(PRODUCT_ROW_COLUMNS)
          .where('products.featured', true)
          .orderBy('products.sales_count', 'desc')
          .orderBy('products.id', 'desc')
          .limit(limit)
        return rows.map(productRowObject)
      },
      { tags: [CATALOGUE_TAG] }
    )
  }

  /** A listable product, serialized; 404 otherwise. */
  async show(id: number) {
    const cached = await this.cache.remember(
      'product',
      String(id),
      async () => {
        const row: ProductRow | null = await listableProductRows()
          .select(PRODUCT_ROW_COLUMNS)
          .where('products.id', id)
          .first()
        return row ? productRowObject(row) : null
      },
      { tags: [CATALOGUE_TAG] }
    )
    if (!cached.value) throw AppException.notFound('Product')
    return { value: cached.value, computedAt: cached.computedAt }
  }

  /** Any product (listable or not), for its owner and admins. */
  async find(id: number) {
    const product = await Product.query().where('id', id).preload('category').first()
    if (!product) throw AppException.notFound('Product')
    return product
  }

  /** A brand sells as itself; an admin's products are the platform's (no brand). */
  async create(seller: User, payload: Infer<typeof createProductValidator>) {
    await this.#ensureCategory(payload.categoryId)
    const product = await Product.create({
      brandId: seller.isAdmin ? null : seller.id,
      categoryId: payload.categoryId ?? null,
      name: payload.name,
      description: payload.description,
      price: payload.price,
      currency: payload.currency ?? 'USD',
      stock: payload.stock ?? 0,
      images: payload.images ?? [],
      tags: payload.tags ?? [],
      featured: payload.featured ?? false,
      active: payload.active ?? true,
      salesCount: 0,
    })
    await invalidateCatalogue(this.cache)
    return this.find(product.id)
  }

  async update(product: Product, payload: Infer<typeof updateProductValidator>) {
    await this.#ensureCategory(payload.categoryId)
    product.merge(payload)
    await product.save()
    await invalidateCatalogue(this.cache)
    return this.find(product.id)
  }

  /** Sales keep their line snapshots; carts, swipes and recommendations of the product go with it. */
  async delete(product: Product) {
    await product.delete()
    await invalidateCatalogue(this.cache)
  }

  async #ensureCategory(categoryId: number | null | undefined) {
    if (categoryId && !(await Category.find(categoryId)))
      throw AppException.invalid('categoryId', 'No such category')
  }

  /**
   * A page as plain rows (listableProductRows), shown by `productRowObject`,
   * and the total from a count of the same filters.
   */
  async #page(filters: Filters) {
    const values: ListValues = {
      minPrice: filters.minPrice,
      maxPrice: filters.maxPrice,
      q: filters.q || undefined,
      limit: filters.perPage ?? 20,
      offset: ((filters.page ?? 1) - 1) * (filters.perPage ?? 20),
    }
    if (filters.category !== undefined) {
      const category = await Category.find(filters.category)
      if (!category) throw AppException.invalid('category', 'No such category')
      values.categoryPath = `${category.path}%`
    }
    tagsOf(filters).forEach((tag, index) => {
      values[`tag${index}`] = likeContains(JSON.stringify(tag))
    })
    const shape: ListShape = `${filters.sort ?? 'newest'}:${filters.inStock ?? ''}`
    const page = filters.page ?? 1
    const perPage = values.limit
    const rows = await listPage.rows<ProductRow>(shape, values)
    // A page past the end (or of nothing) has no row to carry the total: the count alone.
    const { meta } = await rowsPage(rows, page, perPage, () => countOf(listQuery(shape, values)))
    return { data: rows.map(productRowObject), metadata: meta }
  }
}
