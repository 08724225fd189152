import { BaseTransformer } from '@adonisjs/core/transformers'
import type CartItem from '#models/commerce/cart_item'
import { dateTime, integer, object, refTo, type Infer } from '#platform/openapi/schema'
import { money, productObject, productSchema } from '#transformers/commerce/product_transformer'
import { iso } from '#transformers/support'

export const cartLineSchema = object({
  productId: integer(),
  quantity: integer({ minimum: 1 }),
  unitPrice: money({ description: 'Current price' }),
  lineTotal: money(),
  product: refTo('Product', productSchema),
  addedAt: dateTime(),
})

export default class CartItemTransformer extends BaseTransformer<CartItem> {
  toObject(): Infer<typeof cartLineSchema> {
    const line = this.resource
    return {
      productId: line.productId,
      quantity: line.quantity,
      unitPrice: line.product.price,
      lineTotal: line.product.price * line.quantity,
      product: productObject(line.product),
      addedAt: iso(line.createdAt),
    }
  }
}
