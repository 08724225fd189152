import { BaseTransformer } from '@adonisjs/core/transformers'
import type CartItem from '#models/commerce/cart_item'
import ProductTransformer from '#transformers/commerce/product_transformer'

export default class CartItemTransformer extends BaseTransformer<CartItem> {
  toObject() {
    const line = this.resource
    return {
      productId: line.productId,
      quantity: line.quantity,
      unitPrice: line.product.price,
      lineTotal: line.product.price * line.quantity,
      product: ProductTransformer.transform(line.product),
      addedAt: line.createdAt.toISO(),
    }
  }
}
