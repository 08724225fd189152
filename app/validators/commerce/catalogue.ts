import vine from '@vinejs/vine'
import { id, paginationFields } from '#validators/common'

export const MAX_PRICE = 1_000_000_000_00
export const MAX_STOCK = 1_000_000
export const PRODUCT_SORTS = ['newest', 'price_asc', 'price_desc', 'popular', 'name'] as const

const slug = () =>
  vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(1)
    .maxLength(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const tag = () => vine.string().trim().toLowerCase().minLength(1).maxLength(50)

export const categoryListValidator = vine.create({
  counts: vine.boolean().optional(),
})

export const createCategoryValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(80),
  slug: slug().optional(),
  parentId: id().nullable().optional(),
  position: vine.number().withoutDecimals().min(0).max(100_000).optional(),
})

export const updateCategoryValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(80).optional(),
  slug: slug().optional(),
  parentId: id().nullable().optional(),
  position: vine.number().withoutDecimals().min(0).max(100_000).optional(),
})

const productFields = {
  name: vine.string().trim().minLength(1).maxLength(200),
  description: vine.string().trim().minLength(1).maxLength(5000),
  price: vine.number().withoutDecimals().min(0).max(MAX_PRICE),
  currency: vine.string().trim().toUpperCase().fixedLength(3).alpha(),
  stock: vine.number().withoutDecimals().min(0).max(MAX_STOCK),
  images: vine
    .array(
      vine
        .string()
        .trim()
        .maxLength(2000)
        .url({ protocols: ['http', 'https'], require_protocol: true })
    )
    .maxLength(10),
  tags: vine.array(tag()).maxLength(20).distinct(),
  categoryId: id().nullable(),
  featured: vine.boolean(),
  active: vine.boolean(),
}

export const createProductValidator = vine.create({
  ...productFields,
  currency: productFields.currency.optional(),
  stock: productFields.stock.optional(),
  images: productFields.images.optional(),
  tags: productFields.tags.optional(),
  categoryId: productFields.categoryId.optional(),
  featured: productFields.featured.optional(),
  active: productFields.active.optional(),
})

export const updateProductValidator = vine.create({
  name: productFields.name.optional(),
  description: productFields.description.optional(),
  price: productFields.price.optional(),
  currency: productFields.currency.optional(),
  stock: productFields.stock.optional(),
  images: productFields.images.optional(),
  tags: productFields.tags.optional(),
  categoryId: productFields.categoryId.optional(),
  featured: productFields.featured.optional(),
  active: productFields.active.optional(),
})

export const productListValidator = vine.create({
  ...paginationFields,
  category: id().optional(),
  minPrice: vine.number().withoutDecimals().min(0).max(MAX_PRICE).optional(),
  maxPrice: vine.number().withoutDecimals().min(0).max(MAX_PRICE).optional(),
  /** Comma-separated; products carrying every one of them. */
  tags: vine.string().trim().toLowerCase().maxLength(1000).optional(),
  q: vine.string().trim().minLength(1).maxLength(100).optional(),
  inStock: vine.boolean().optional(),
  sort: vine.enum(PRODUCT_SORTS).optional(),
})

export const featuredProductsValidator = vine.create({
  limit: vine.number().withoutDecimals().min(1).max(50).optional(),
})
