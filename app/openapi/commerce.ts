import { endpoints, type ApiModule } from '#platform/openapi/operation'
import {
  array,
  boolean,
  dateTime,
  object,
  pageMetaSchema,
  ref,
  string,
  type Schema,
} from '#platform/openapi/schema'
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
import { commerceSchemas } from '#transformers/commerce/commerce_schemas'

const catalogue = endpoints({ tag: 'Catalogue', prefix: '/api/v1' })
const brands = endpoints({ tag: 'Catalogue', prefix: '/api/v1', auth: 'user' })
const shop = endpoints({ tag: 'Shopping', prefix: '/api/v1', auth: 'user' })
const adminRoute = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })
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
  schemas: commerceSchemas,
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
