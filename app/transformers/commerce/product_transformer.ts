import { BaseTransformer } from '@adonisjs/core/transformers'
import type Product from '#models/product'

/** What every view of a product shows (catalogue, swipe cards, recommendations). */
export function productSummary(p: Product) {
  const category = p.$preloaded.category as Product['category'] | null | undefined
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    price: p.price,
    currency: p.currency,
    images: p.images,
    tags: p.tags,
    category: category ? { id: category.id, name: category.name, slug: category.slug } : null,
    brandId: p.brandId,
  }
}

export default class ProductTransformer extends BaseTransformer<Product> {
  toObject() {
    const p = this.resource
    return {
      ...productSummary(p),
      stock: p.stock,
      inStock: p.stock > 0,
      featured: p.featured,
      active: p.active,
      salesCount: Number(p.salesCount),
      createdAt: p.createdAt.toISO(),
      updatedAt: p.updatedAt.toISO(),
    }
  }
}
