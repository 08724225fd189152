import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ShoppingPolicy from '#policies/commerce/shopping_policy'
import CheckoutService from '#services/commerce/checkout_service'
import { checkoutValidator, idempotencyKeyValidator } from '#validators/commerce/sales'

/**
 * Turns the caller's cart into a sale, delivered to one of the caller's addresses (another's answers 404);
 * a replayed answer says so in `Idempotent-Replayed` and `meta.replayed`.
 */
@inject()
export default class CheckoutController {
  constructor(private checkouts: CheckoutService) {}

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    const { key } = await idempotencyKeyValidator.validate({
      key: ctx.request.header('idempotency-key'),
    })
    const { addressId } = await ctx.request.validateUsing(checkoutValidator)
    const result = await this.checkouts.checkout(ctx.auth.getUserOrFail(), {
      addressId,
      body: ctx.request.body(),
      idempotencyKey: key,
    })
    ctx.response.status(result.status)
    if (result.replayed) ctx.response.header('Idempotent-Replayed', 'true')
    return ctx.serialize(result.body, { replayed: result.replayed })
  }
}
