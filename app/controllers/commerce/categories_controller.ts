import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CategoryPolicy from '#policies/commerce/category_policy'
import CategoryService from '#services/commerce/category_service'
import CategoryTransformer, {
  CategoryDetailTransformer,
  CategoryTreeTransformer,
} from '#transformers/commerce/category_transformer'
import {
  categoryListValidator,
  createCategoryValidator,
  updateCategoryValidator,
} from '#validators/commerce/catalogue'
import { routeId } from '#platform/http/ids'

/** The category tree: public reads (one category with its ancestors, children and counts) (`?counts=true` adds listable products, descendants included), admin writes. */
@inject()
export default class CategoriesController {
  constructor(private categories: CategoryService) {}

  async index(ctx: HttpContext) {
    const { counts } = await categoryListValidator.validate(ctx.request.qs())
    return ctx.serialize(CategoryTransformer.transform(await this.categories.all(counts)))
  }

  async tree(ctx: HttpContext) {
    const { counts } = await categoryListValidator.validate(ctx.request.qs())
    return ctx.serialize(CategoryTreeTransformer.transform(await this.categories.tree(counts)))
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(CategoryPolicy).authorize('view')
    return ctx.serialize(
      CategoryDetailTransformer.transform(await this.categories.detail(routeId(ctx)))
    )
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(CategoryPolicy).authorize('manage')
    const payload = await ctx.request.validateUsing(createCategoryValidator)
    const category = await this.categories.create(payload)
    ctx.response.status(201)
    return ctx.serialize(CategoryTransformer.transform({ category }))
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(CategoryPolicy).authorize('manage')
    const category = await this.categories.find(routeId(ctx))
    const payload = await ctx.request.validateUsing(updateCategoryValidator)
    return ctx.serialize(
      CategoryTransformer.transform({ category: await this.categories.update(category, payload) })
    )
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.with(CategoryPolicy).authorize('manage')
    await this.categories.delete(await this.categories.find(routeId(ctx)))
    return ctx.response.noContent()
  }
}
