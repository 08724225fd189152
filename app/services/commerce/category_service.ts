import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Infer } from '@vinejs/vine/types'
import Category from '#models/category'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import { whereListable } from '#services/gifting/catalogue'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import CacheService from '#platform/cache/cache_service'
import type {
  createCategoryValidator,
  updateCategoryValidator,
} from '#validators/commerce/catalogue'

/** A category with its listable products, its own and its descendants'. */
export interface CountedCategory {
  category: Category
  productCount?: number
}

export interface CategoryNode extends CountedCategory {
  children: CategoryNode[]
}

/** One category with its ancestors (root first) and its direct children, each counted. */
export interface CategoryDetail {
  category: Category
  productCount: number
  ancestors: Category[]
  children: Required<CountedCategory>[]
}

const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'category'

const bySiblingOrder = (a: Category, b: Category) =>
  a.position - b.position || a.name.localeCompare(b.name) || a.id - b.id

/** The category tree: materialised paths ("/1/4/9/"), admin-managed. */
@inject()
export default class CategoryService {
  constructor(private cache: CacheService) {}

  /** Every category, parents before children, siblings by position then name. */
  async all(withCounts = false): Promise<CountedCategory[]> {
    const categories = await Category.query().orderBy('path', 'asc')
    const sorted = this.#ordered(categories)
    if (!withCounts) return sorted.map((category) => ({ category }))
    const counts = await this.#counts()
    return sorted.map((category) => ({
      category,
      productCount: [...counts].reduce(
        (sum, [path, count]) => (path.startsWith(category.path) ? sum + count : sum),
        0
      ),
    }))
  }

  async tree(withCounts = false): Promise<CategoryNode[]> {
    const nodes = new Map<number, CategoryNode>()
    const roots: CategoryNode[] = []
    for (const entry of await this.all(withCounts)) {
      const node = { ...entry, children: [] }
      nodes.set(entry.category.id, node)
      const parent =
        entry.category.parentId === null ? undefined : nodes.get(entry.category.parentId)
      ;(parent ? parent.children : roots).push(node)
    }
    return roots
  }

  async find(id: number) {
    const category = await Category.find(id)
    if (!category) throw AppException.notFound('Category')
    return category
  }

  /** Counts are listable products, descendants included (as `?counts=true` on the list). */
  async detail(id: number): Promise<CategoryDetail> {
    const category = await this.find(id)
    const ancestorIds = category.path
      .split('/')
      .filter(Boolean)
      .map(Number)
      .filter((ancestor) => ancestor !== category.id)
    const ancestors = ancestorIds.length ? await Category.query().whereIn('id', ancestorIds) : []
    const children = (await Category.query().where('parent_id', category.id)).sort(bySiblingOrder)
    const counts = await this.#counts(category.path)
    const countUnder = (path: string) =>
      [...counts].reduce(
        (sum, [counted, count]) => (counted.startsWith(path) ? sum + count : sum),
        0
      )
    return {
      category,
      productCount: countUnder(category.path),
      ancestors: ancestorIds
        .map((ancestor) => ancestors.find((a) => a.id === ancestor))
        .filter((a): a is Category => a !== undefined),
      children: children.map((child) => ({
        category: child,
        productCount: countUnder(child.path),
      })),
    }
  }

  async create(payload: Infer<typeof createCategoryValidator>) {
    const category = await this.#unique(() =>
      db.transaction(async (trx) => {
        const parent = payload.parentId ? await this.#parent(payload.parentId, trx) : null
        const created = await Category.create(
          {
            parentId: parent?.id ?? null,
            name: payload.name,
            slug: payload.slug ?? slugify(payload.name),
            path: '/',
            position: payload.position ?? 0,
          },
          { client: trx }
        )
        created.path = `${parent?.path ?? '/'}${created.id}/`
        await created.useTransaction(trx).save()
        return created
      })
    )
    await invalidateCatalogue(this.cache)
    return category
  }

  /** Moving a category moves its whole subtree (every descendant's path is rewritten). */
  async update(category: Category, payload: Infer<typeof updateCategoryValidator>) {
    const updated = await this.#unique(() =>
      db.transaction(async (trx) => {
        const locked = await Category.query({ client: trx })
          .where('id', category.id)
          .forUpdate()
          .firstOrFail()
        const { parentId, ...rest } = payload
        locked.merge(rest)
        if (parentId !== undefined && parentId !== locked.parentId) {
          const parent = parentId === null ? null : await this.#parent(parentId, trx)
          if (parent && parent.path.startsWith(locked.path)) {
            throw AppException.invalid(
              'parentId',
              'A category cannot move under itself or one of its descendants'
            )
          }
          const oldPath = locked.path
          const newPath = `${parent?.path ?? '/'}${locked.id}/`
          await trx
            .from('categories')
            .where('path', 'like', `${oldPath}%`)
            .whereNot('id', locked.id)
            .update({ path: trx.raw(`? || substr(path, ?)`, [newPath, oldPath.length + 1]) })
          locked.parentId = parent?.id ?? null
          locked.path = newPath
        }
        await locked.useTransaction(trx).save()
        return locked
      })
    )
    await invalidateCatalogue(this.cache)
    return updated
  }

  async delete(category: Category) {
    await db.transaction(async (trx) => {
      const locked = await Category.query({ client: trx })
        .where('id', category.id)
        .forUpdate()
        .first()
      if (!locked) throw AppException.notFound('Category')
      const child = await trx.from('categories').where('parent_id', locked.id).select('id').first()
      if (child)
        throw AppException.conflict(
          'E_CATEGORY_HAS_CHILDREN',
          'Move or delete the sub-categories of this category first'
        )
      const product = await trx
        .from('products')
        .where('category_id', locked.id)
        .select('id')
        .first()
      if (product)
        throw AppException.conflict(
          'E_CATEGORY_HAS_PRODUCTS',
          'Move or delete the products of this category first'
        )
      await locked.useTransaction(trx).delete()
    })
    await invalidateCatalogue(this.cache)
  }

  async #parent(id: number, trx: TransactionClientContract) {
    const parent = await Category.query({ client: trx }).where('id', id).first()
    if (!parent) throw AppException.invalid('parentId', 'No such parent category')
    return parent
  }

  async #unique<T>(write: () => Promise<T>) {
    try {
      return await write()
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppException.conflict('E_SLUG_TAKEN', 'Another category already has this slug')
      throw error
    }
  }

  /** Listable products per category path (only the subtree under `under`, when given). */
  async #counts(under?: string) {
    const query = whereListable(
      db.from('products').join('categories', 'categories.id', 'products.category_id')
    )
    if (under) query.where('categories.path', 'like', `${under}%`)
    const rows = await query
      .groupBy('categories.path')
      .select('categories.path')
      .count('* as total')
    return new Map(rows.map((row: any) => [String(row.path), Number(row.total)]))
  }

  /** Depth-first: each parent followed by its children (by position, then name). */
  #ordered(categories: Category[]) {
    const byParent = new Map<number | null, Category[]>()
    for (const category of categories)
      byParent.set(category.parentId, [...(byParent.get(category.parentId) ?? []), category])
    for (const siblings of byParent.values()) siblings.sort(bySiblingOrder)
    const ordered: Category[] = []
    const visit = (parentId: number | null) => {
      for (const category of byParent.get(parentId) ?? []) {
        ordered.push(category)
        visit(category.id)
      }
    }
    visit(null)
    return ordered
  }
}
