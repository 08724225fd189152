import type Product from '#models/product'

/** How a product appears inside gifting resources (swipe cards, recommendations). */
export function giftProduct(product: Product) {
  const category = product.$preloaded.category as Product['category'] | null | undefined
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    price: product.price,
    currency: product.currency,
    images: product.images,
    tags: product.tags,
    category: category ? { id: category.id, name: category.name } : null,
    brandId: product.brandId,
  }
}
