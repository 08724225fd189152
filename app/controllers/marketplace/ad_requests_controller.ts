import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AdRequestPolicy from '#policies/marketplace/ad_request_policy'
import AdRequestService from '#services/marketplace/ad_request_service'
import AdRequestTransformer from '#transformers/marketplace/ad_request_transformer'
import OfferTransformer from '#transformers/marketplace/offer_transformer'
import {
  createAdRequestValidator,
  listAdRequestsValidator,
  offerValidator,
  rejectAdRequestValidator,
  updateAdRequestValidator,
  withdrawAdRequestValidator,
} from '#validators/marketplace/ad_request'
import { routeId } from '#platform/http/ids'

@inject()
export default class AdRequestsController {
  constructor(private requests: AdRequestService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(AdRequestPolicy).authorize('list')
    const filters = await listAdRequestsValidator.validate(ctx.request.qs())
    const page = await this.requests.mine(ctx.auth.getUserOrFail(), filters)
    return ctx.serialize(AdRequestTransformer.paginate(page.all(), page.getMeta()))
  }

  /** A brand invites an influencer, or an influencer applies, to campaign :id. */
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(AdRequestPolicy).authorize('create')
    const payload = await ctx.request.validateUsing(createAdRequestValidator)
    const request = await this.requests.create(ctx.auth.getUserOrFail(), routeId(ctx), payload)
    ctx.response.status(201)
    return ctx.serialize(AdRequestTransformer.transform(request))
  }

  async show(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'view')
    return ctx.serialize(AdRequestTransformer.transform(request))
  }

  async offers(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'view')
    return ctx.serialize(OfferTransformer.transform(await this.requests.offers(request.id)))
  }

  /** The brand changes the terms of a pending ad request. */
  async update(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'edit')
    const payload = await ctx.request.validateUsing(updateAdRequestValidator)
    return ctx.serialize(
      AdRequestTransformer.transform(
        await this.requests.update(ctx.auth.getUserOrFail(), request.id, payload)
      )
    )
  }

  /** Whoever created the ad request takes it back (not once accepted). */
  async withdraw(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'withdraw')
    const { reason } = await ctx.request.validateUsing(withdrawAdRequestValidator)
    return ctx.serialize(
      AdRequestTransformer.transform(
        await this.requests.withdraw(ctx.auth.getUserOrFail(), request.id, reason)
      )
    )
  }

  async counter(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'act')
    const { amount, message } = await ctx.request.validateUsing(offerValidator)
    ctx.response.status(201)
    return ctx.serialize(
      AdRequestTransformer.transform(
        await this.requests.counter(ctx.auth.getUserOrFail(), request.id, amount, message)
      )
    )
  }

  async accept(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'act')
    return ctx.serialize(
      AdRequestTransformer.transform(
        await this.requests.accept(ctx.auth.getUserOrFail(), request.id)
      )
    )
  }

  async reject(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'act')
    const { reason } = await ctx.request.validateUsing(rejectAdRequestValidator)
    return ctx.serialize(
      AdRequestTransformer.transform(
        await this.requests.reject(ctx.auth.getUserOrFail(), request.id, reason)
      )
    )
  }

  async complete(ctx: HttpContext) {
    const request = await this.authorized(ctx, 'act')
    return ctx.serialize(
      AdRequestTransformer.transform(
        await this.requests.complete(ctx.auth.getUserOrFail(), request.id)
      )
    )
  }

  private async authorized(ctx: HttpContext, ability: 'view' | 'act' | 'edit' | 'withdraw') {
    const request = await this.requests.find(routeId(ctx))
    await ctx.bouncer.with(AdRequestPolicy).authorize(ability, request)
    return request
  }
}
