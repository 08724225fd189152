import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ShoppingPolicy from '#policies/commerce/shopping_policy'
import CartService from '#services/commerce/cart_service'
import CartItemTransformer from '#transformers/commerce/cart_transformer'
import { addCartItemValidator, updateCartItemValidator } from '#validators/commerce/cart'
import { routeId } from '#platform/http/ids'

/** The caller's own cart; every write answers with the whole cart. `:productId` names a line of it. */
@inject()
export default class CartController {
  constructor(private cart: CartService) {}

  async show(ctx: HttpContext) {
    return this.#cart(ctx)
  }

  /** Server-side totals, cached up to 2 minutes and dropped on every change (`meta.computedAt` says when). */
  async total(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    const { value, computedAt } = await this.cart.total(ctx.auth.getUserOrFail())
    return ctx.serialize(value, { computedAt })
  }

  async add(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    const { productId, quantity } = await ctx.request.validateUsing(addCartItemValidator)
    const created = await this.cart.add(ctx.auth.getUserOrFail(), productId, quantity)
    ctx.response.status(created ? 201 : 200)
    return this.#cart(ctx)
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    const line = await this.cart.line(ctx.auth.getUserOrFail(), routeId(ctx, 'productId'))
    const { quantity } = await ctx.request.validateUsing(updateCartItemValidator)
    await this.cart.setQuantity(line, quantity)
    return this.#cart(ctx)
  }

  async remove(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    await this.cart.remove(ctx.auth.getUserOrFail(), routeId(ctx, 'productId'))
    return this.#cart(ctx)
  }

  async clear(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    await this.cart.clear(ctx.auth.getUserOrFail())
    return ctx.response.noContent()
  }

  async #cart(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    return ctx.serialize(
      CartItemTransformer.transform(await this.cart.lines(ctx.auth.getUserOrFail()))
    )
  }
}
