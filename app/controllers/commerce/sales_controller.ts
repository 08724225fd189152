import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ShoppingPolicy from '#policies/commerce/shopping_policy'
import SaleService from '#services/commerce/sale_service'
import InvoiceTransformer from '#transformers/commerce/invoice_transformer'
import SaleTransformer from '#transformers/commerce/sale_transformer'
import { mySalesValidator } from '#validators/commerce/sales'
import { routeId } from '#platform/http/ids'

/** The caller's purchases and their invoices; another shopper's answer 404. */
@inject()
export default class SalesController {
  constructor(private sales: SaleService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    const { page, perPage } = await mySalesValidator.validate(ctx.request.qs())
    const sales = await this.sales.mine(ctx.auth.getUserOrFail(), page, perPage)
    return ctx.serialize(SaleTransformer.paginate(sales.all(), sales.getMeta()))
  }

  async show(ctx: HttpContext) {
    return ctx.serialize(SaleTransformer.transform(await this.#own(ctx)))
  }

  async invoice(ctx: HttpContext) {
    return ctx.serialize(
      InvoiceTransformer.transform(await this.sales.invoice(await this.#own(ctx)))
    )
  }

  async #own(ctx: HttpContext) {
    const sale = await this.sales.find(routeId(ctx))
    await ctx.bouncer.with(ShoppingPolicy).authorize('ownSale', sale)
    return sale
  }
}
