import { endpoints, type ApiModule } from '#platform/openapi/operation'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  pageMetaSchema,
  ref,
  string,
  type Schema,
} from '#platform/openapi/schema'
import { MAX_PRICE } from '#validators/commerce/catalogue'
import {
  categoryListValidator,
  createCategoryValidator,
  createProductValidator,
  featuredProductsValidator,
  productListValidator,
  updateCategoryValidator,
  updateProductValidator,
} from '#validators/commerce/catalogue'
import { addCartItemValidator, updateCartItemValidator } from '#validators/commerce/cart'
import { createAddressValidator, updateAddressValidator } from '#validators/commerce/address'
import {
  adminSalesValidator,
  checkoutValidator,
  mySalesValidator,
  salesAnalyticsValidator,
} from '#validators/commerce/sales'

const catalogue = endpoints({ tag: 'Catalogue', prefix: '/api/v1' })
const brands = endpoints({ tag: 'Catalogue', prefix: '/api/v1', auth: 'user' })
const shop = endpoints({ tag: 'Shopping', prefix: '/api/v1', auth: 'user' })
const adminRoute = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })

const money = (keywords: Schema = {}) =>
  integer({
    minimum: 0,
    maximum: MAX_PRICE,
    description: 'Integer minor units (cents)',
    ...keywords,
  })
const computedAt = {
  ...dateTime(),
  description: 'When this answer was computed; a cached answer keeps its first time',
}
const cachedMeta = (extra: Record<string, Schema> = {}) => object({ computedAt, ...extra })
const cached = (data: Schema, extra: Record<string, Schema> = {}): Schema =>
  object({ data, meta: cachedMeta(extra) })
const cachedPage = (item: Schema): Schema =>
  object({
    data: array(item),
    meta: object({ ...(pageMetaSchema.properties as Record<string, Schema>), computedAt }),
  })
const json = (schema: Schema) => ({ mediaType: 'application/json', schema })

const LISTABLE =
  'Shoppers see listable products only: active, not hidden by moderation, sold by the platform or by an approved, unblocked brand.'
const SHOPPER = 'Shoppers only (other roles 403).'

const categoryFields = {
  id: integer(),
  parentId: nullable(integer()),
  name: string(),
  slug: string(),
  path: string({
    examples: ['/1/4/9/'],
    description: 'Ids of the ancestors and the category itself',
  }),
  position: integer({ description: 'Order among siblings' }),
}
const productCount = integer({
  minimum: 0,
  description: 'Listable products in the category and its descendants (with `counts=true`)',
})

const addressFields = {
  recipient: string({ minLength: 1, maxLength: 120 }),
  line1: string({ minLength: 1, maxLength: 200 }),
  city: string({ minLength: 1, maxLength: 100 }),
  postalCode: string({ minLength: 1, maxLength: 20 }),
  country: string({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2; upper-cased' }),
}
const addressOptional = {
  line2: nullable(string({ maxLength: 200 })),
  phone: nullable(string({ maxLength: 30, pattern: '^\\+?[0-9 ()-]{3,30}$' })),
}
const addressSnapshot = object({ ...addressFields, ...addressOptional })

const lines = array(
  object({
    productId: nullable(integer({ description: 'Null once the product was deleted' })),
    name: string(),
    unitPrice: money(),
    quantity: integer(),
    lineTotal: money(),
  }),
  {
    description: 'Name and unit price as they were at checkout',
  }
)
const totals = {
  currency: string(),
  subtotal: money(),
  taxRateBp: integer({ description: 'Tax rate in basis points (2000 = 20 %)' }),
  tax: money(),
  total: money({ description: 'Subtotal plus tax' }),
}

const schemas = {
  ProductCategory: object(
    { ...categoryFields, createdAt: dateTime(), updatedAt: dateTime() },
    { productCount }
  ),
  ProductCategoryDetail: object({
    ...categoryFields,
    productCount: integer({
      minimum: 0,
      description: 'Listable products in the category and its descendants',
    }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
    ancestors: array(object(categoryFields), { description: 'From the root down to the parent' }),
    children: array(
      object({
        ...categoryFields,
        productCount: integer({
          minimum: 0,
          description: 'Listable products in the child and its descendants',
        }),
      }),
      {
        description: 'Direct children, by position then name',
      }
    ),
  }),
  ProductCategoryNode: object(
    { ...categoryFields, children: array(ref('ProductCategoryNode')) },
    { productCount }
  ),
  Product: object({
    id: integer(),
    name: string(),
    description: string(),
    price: money(),
    currency: string({ minLength: 3, maxLength: 3 }),
    stock: integer({ minimum: 0 }),
    inStock: boolean(),
    images: array(string()),
    tags: array(string()),
    category: nullable(object({ id: integer(), name: string(), slug: string() })),
    brandId: nullable(
      integer({ description: 'The selling brand; null for platform products (created by admins)' })
    ),
    featured: boolean(),
    active: boolean(),
    salesCount: integer({ minimum: 0 }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  CartLine: object({
    productId: integer(),
    quantity: integer({ minimum: 1 }),
    unitPrice: money({ description: 'Current price' }),
    lineTotal: money(),
    product: ref('Product'),
    addedAt: dateTime(),
  }),
  CartTotal: object({
    currency: nullable(string({ description: 'Null for an empty cart' })),
    itemCount: integer({ minimum: 0 }),
    subtotal: money(),
    taxRateBp: integer(),
    tax: money(),
    total: money(),
  }),
  Address: object({
    id: integer(),
    ...addressFields,
    ...addressOptional,
    isDefault: boolean({ description: 'Exactly one address of a shopper is the default' }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  Sale: object({
    id: integer(),
    userId: nullable(integer()),
    invoiceNumber: string({
      examples: ['INV-2026-000042'],
      description: 'Sequential per calendar year (UTC), without gaps',
    }),
    status: oneOf(['paid']),
    ...totals,
    itemCount: integer(),
    items: lines,
    address: addressSnapshot,
    createdAt: dateTime(),
  }),
  Invoice: object({
    saleId: integer(),
    number: string(),
    issuedAt: dateTime(),
    ...totals,
    lines,
    address: addressSnapshot,
    html: string({ description: 'The HTML invoice, as e-mailed to the buyer' }),
  }),
  SalesAnalytics: object({
    totals: object({ count: integer(), revenue: money() }),
    byDay: array(
      object({
        day: string({ format: 'date' }),
        count: integer(),
        revenue: money({ description: 'Sale totals, tax included' }),
      }),
      {
        description: 'Every UTC day of the range, zeros included',
      }
    ),
    byCategory: array(
      object({
        categoryId: nullable(integer()),
        name: nullable(string()),
        revenue: money({ description: 'Line totals before tax' }),
        units: integer(),
      })
    ),
    byProduct: array(
      object({
        productId: nullable(integer()),
        name: string(),
        revenue: money({ description: 'Line totals before tax' }),
        units: integer(),
      }),
      {
        description: 'At most 100, by revenue',
      }
    ),
    topProducts: array(
      object({
        productId: nullable(integer()),
        name: string(),
        revenue: money(),
        units: integer(),
      }),
      { description: 'By units sold' }
    ),
  }),
}

export const commerce: ApiModule = {
  tags: [
    {
      name: 'Catalogue',
      description:
        'Product categories (a tree; not the community’s plan categories) and products. Reads are public and cached ' +
        '(lists 30 min, a product 1 h; `meta.computedAt`), dropped at once by any product, category, stock, brand or moderation change. ' +
        'Approved brands sell their own products (pending brands 403; another brand’s products 404); admins manage all.',
    },
    {
      name: 'Shopping',
      description:
        'One cart per shopper, delivery addresses, checkout, purchases and invoices. Another shopper’s cart lines, addresses, sales and invoices answer 404.',
    },
  ],
  schemas,
  endpoints: [
    catalogue.get('/product-categories', {
      summary: 'Every product category, parents before children',
      query: categoryListValidator,
      response: array(ref('ProductCategory')),
      fields: { counts: 'Add `productCount`' },
    }),
    catalogue.get('/product-categories/tree', {
      summary: 'The category tree, nested',
      query: categoryListValidator,
      response: array(ref('ProductCategoryNode')),
      fields: { counts: 'Add `productCount`' },
    }),
    catalogue.get('/product-categories/{id}', {
      summary: 'One product category with its ancestors, children and listable product counts',
      description: `Counts include descendants. ${LISTABLE}`,
      response: ref('ProductCategoryDetail'),
      errors: [404],
    }),
    catalogue.get('/products', {
      summary: 'Search and filter products',
      description: `${LISTABLE} Cached 30 minutes per query.`,
      query: productListValidator,
      raw: json(cachedPage(ref('Product'))),
      fields: {
        category: 'A category; its descendants included (unknown: 422)',
        minPrice: 'Integer minor units (cents)',
        maxPrice: 'Integer minor units (cents)',
        tags: 'Comma-separated; products carrying every one',
        q: 'Words in the name or description',
        sort: { default: 'newest' },
      },
    }),
    catalogue.get('/products/featured', {
      summary: 'Featured products, best sellers first',
      description: `${LISTABLE} Cached 30 minutes.`,
      query: featuredProductsValidator,
      raw: json(cached(array(ref('Product')))),
      fields: { limit: { default: 12 } },
    }),
    catalogue.get('/products/{id}', {
      summary: 'One product',
      description: `${LISTABLE} Others answer 404. Cached 1 hour.`,
      raw: json(cached(ref('Product'))),
      errors: [404],
    }),
    brands.post('/products', {
      summary: 'Create a product (approved brands and admins)',
      description:
        'A brand’s product is its own (`brandId`); an admin’s is the platform’s (no brand).',
      body: createProductValidator,
      status: 201,
      response: ref('Product'),
      errors: [403],
      fields: {
        price: 'Integer minor units (cents)',
        currency: { description: 'ISO 4217; upper-cased', default: 'USD' },
        stock: { default: 0 },
        images: 'http(s) URLs',
        tags: 'Lower-cased',
        featured: 'Admins only (a brand sending it gets 403)',
        active: { default: true },
      },
    }),
    brands.patch('/products/{id}', {
      summary: 'Change a product (its brand or admins)',
      body: updateProductValidator,
      response: ref('Product'),
      errors: [403, 404],
      fields: {
        price: 'Integer minor units (cents)',
        currency: { description: 'ISO 4217; upper-cased', default: 'USD' },
        stock: { default: 0 },
        images: 'http(s) URLs',
        tags: 'Lower-cased',
        featured: 'Admins only (a brand sending it gets 403)',
        active: { default: true },
      },
    }),
    brands.delete('/products/{id}', {
      summary: 'Delete a product (its brand or admins)',
      description: 'Sales keep their line snapshots; cart lines of it go.',
      errors: [403, 404],
    }),

    shop.get('/cart', {
      summary: 'Your cart, oldest line first',
      description: `${SHOPPER} Lines of products no longer sold are left out.`,
      response: array(ref('CartLine')),
      errors: [403],
    }),
    shop.delete('/cart', { summary: 'Empty your cart', errors: [403] }),
    shop.get('/cart/total', {
      summary: 'Your cart’s totals, with tax, computed on the server',
      description:
        'Cached 2 minutes per shopper and dropped by every change to the cart or its products.',
      raw: json(cached(ref('CartTotal'))),
      errors: [403],
    }),
    shop.post('/cart/items', {
      summary: 'Add a product to your cart',
      description: `Adds to the line's quantity (201 for a new line, else 200); answers the whole cart. 409 \`E_INSUFFICIENT_STOCK\` beyond stock, \`E_CURRENCY_MISMATCH\` for a product in another currency than the cart's.`,
      body: addCartItemValidator,
      status: 201,
      repeated: 'the product was already in the cart; its quantity grew',
      response: array(ref('CartLine')),
      errors: [403, 404, 409],
      fields: { quantity: { default: 1 } },
    }),
    shop.patch('/cart/items/{productId}', {
      summary: 'Set the quantity of a line of your cart',
      body: updateCartItemValidator,
      response: array(ref('CartLine')),
      errors: [403, 404, 409],
    }),
    shop.delete('/cart/items/{productId}', {
      summary: 'Remove a line from your cart',
      response: array(ref('CartLine')),
      errors: [403, 404],
    }),

    shop.get('/addresses', {
      summary: 'Your delivery addresses, the default first',
      response: array(ref('Address')),
      errors: [403],
    }),
    shop.post('/addresses', {
      summary: 'Add a delivery address',
      description:
        'Your first address becomes the default; `isDefault: true` makes a later one the default.',
      body: createAddressValidator,
      status: 201,
      response: ref('Address'),
      errors: [403],
      fields: { country: 'ISO 3166-1 alpha-2; upper-cased' },
    }),
    shop.get('/addresses/{id}', {
      summary: 'One of your addresses',
      response: ref('Address'),
      errors: [403, 404],
    }),
    shop.patch('/addresses/{id}', {
      summary: 'Change one of your addresses',
      description:
        '`isDefault` is refused (422 on that field): make an address the default with `POST /addresses/{id}/default`.',
      body: updateAddressValidator,
      response: ref('Address'),
      errors: [403, 404],
      fields: { country: 'ISO 3166-1 alpha-2; upper-cased' },
    }),
    shop.delete('/addresses/{id}', {
      summary: 'Delete one of your addresses',
      description: 'Deleting the default makes your oldest remaining address the default.',
      errors: [403, 404],
    }),
    shop.post('/addresses/{id}/default', {
      summary: 'Make an address your default',
      response: ref('Address'),
      errors: [403, 404],
    }),

    shop.post('/checkout', {
      summary: 'Buy your cart',
      description:
        'One transaction: takes the stock (never below zero: a lost race for the last units is 409 `E_OUT_OF_STOCK` and nothing is written), ' +
        'writes the sale with price and address snapshots and the next invoice number, empties the cart; the HTML invoice is e-mailed through the queue. ' +
        '409 `E_CART_EMPTY` for an empty cart, `E_PRODUCT_UNAVAILABLE` when it holds only products no longer sold (withdrawn, or of a blocked brand). Send an `Idempotency-Key` header (1–200 visible ASCII characters) to retry safely: a retry with the same key and body ' +
        'answers the first response again with header `Idempotent-Replayed: true` and `meta.replayed: true`, creating nothing; the same key with another body is 422 ' +
        '`E_IDEMPOTENCY_MISMATCH`. A failed checkout does not use up its key; a key is remembered for 7 days.',
      body: checkoutValidator,
      status: 201,
      raw: json(object({ data: ref('Sale'), meta: object({ replayed: boolean() }) })),
      errors: [403, 404, 409],
      fields: { addressId: 'One of your addresses (another shopper’s: 404)' },
    }),
    shop.get('/sales', {
      summary: 'Your purchases, newest first',
      query: mySalesValidator,
      list: ref('Sale'),
      errors: [403],
    }),
    shop.get('/sales/{id}', {
      summary: 'One of your purchases',
      response: ref('Sale'),
      errors: [403, 404],
    }),
    shop.get('/sales/{id}/invoice', {
      summary: 'The invoice of one of your purchases',
      response: ref('Invoice'),
      errors: [403, 404],
    }),

    adminRoute.post('/product-categories', {
      summary: 'Create a product category',
      body: createCategoryValidator,
      status: 201,
      response: ref('ProductCategory'),
      errors: [409],
      fields: { slug: 'Default: from the name', parentId: 'Null for a root' },
    }),
    adminRoute.patch('/product-categories/{id}', {
      summary: 'Rename, re-slug or move a product category',
      description:
        'Moving a category moves its subtree; moving it under itself or a descendant is 422.',
      body: updateCategoryValidator,
      response: ref('ProductCategory'),
      errors: [404, 409],
      fields: { slug: 'Default: from the name', parentId: 'Null for a root' },
    }),
    adminRoute.delete('/product-categories/{id}', {
      summary: 'Delete an empty product category',
      description:
        '409 `E_CATEGORY_HAS_CHILDREN` or `E_CATEGORY_HAS_PRODUCTS` while it has either.',
      errors: [404, 409],
    }),
    adminRoute.get('/sales', {
      summary: 'Every sale, newest first',
      description: 'Cached 10 minutes; every checkout drops it.',
      query: adminSalesValidator,
      raw: json(cachedPage(ref('Sale'))),
      fields: {
        from: { description: 'First UTC day', format: 'date' },
        to: { description: 'Last UTC day', format: 'date' },
        minTotal: 'Integer minor units (cents)',
        invoice: 'An invoice number',
      },
    }),
    adminRoute.get('/sales/analytics', {
      summary: 'Revenue by day, category and product; top products',
      description:
        'Over UTC days [from, to] (default: the last 30 days; at most 731). Cached 10 minutes; every checkout drops it.',
      query: salesAnalyticsValidator,
      raw: json(
        cached(ref('SalesAnalytics'), {
          from: string({ format: 'date' }),
          to: string({ format: 'date' }),
        })
      ),
      fields: {
        from: { description: 'First UTC day', format: 'date' },
        to: { description: 'Last UTC day', format: 'date' },
        top: { default: 10 },
      },
    }),
    adminRoute.get('/sales/{id}/invoice', {
      summary: 'The invoice of any sale',
      response: ref('Invoice'),
      errors: [404],
    }),
  ],
}
