import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ProductPolicy from '#policies/commerce/product_policy'
import ProductService from '#services/commerce/product_service'
import ProductTransformer from '#transformers/commerce/product_transformer'
import {
  createProductValidator,
  featuredProductsValidator,
  productListValidator,
  updateProductValidator,
} from '#validators/commerce/catalogue'
import { routeId } from '#platform/http/ids'

/** Products: public, cached reads of what shoppers may see (`meta.computedAt` says when); writes by their brand or admins. */
@inject()
export default class ProductsController {
  constructor(private products: ProductService) {}

  async index(ctx: HttpContext) {
    const filters = await productListValidator.validate(ctx.request.qs())
    const { value: page, computedAt } = await this.products.list(filters)
    return ctx.serialize(page.data, { ...page.metadata, computedAt })
  }

  async featured(ctx: HttpContext) {
    const { value, computedAt } = await this.products.featured(
      await featuredProductsValidator.validate(ctx.request.qs())
    )
    return ctx.serialize(value, { computedAt })
  }

  async show(ctx: HttpContext) {
    const { value, computedAt } = await this.products.show(routeId(ctx))
    return ctx.serialize(value, { computedAt })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ProductPolicy).authorize('create')
    const payload = await ctx.request.validateUsing(createProductValidator)
    if (payload.featured !== undefined) await ctx.bouncer.with(ProductPolicy).authorize('feature')
    const product = await this.products.create(ctx.auth.getUserOrFail(), payload)
    ctx.response.status(201)
    return ctx.serialize(ProductTransformer.transform(product))
  }

  async update(ctx: HttpContext) {
    const product = await this.products.find(routeId(ctx))
    await ctx.bouncer.with(ProductPolicy).authorize('manage', product)
    const payload = await ctx.request.validateUsing(updateProductValidator)
    if (payload.featured !== undefined) await ctx.bouncer.with(ProductPolicy).authorize('feature')
    return ctx.serialize(ProductTransformer.transform(await this.products.update(product, payload)))
  }

  async destroy(ctx: HttpContext) {
    const product = await this.products.find(routeId(ctx))
    await ctx.bouncer.with(ProductPolicy).authorize('manage', product)
    await this.products.delete(product)
    return ctx.response.noContent()
  }
}
