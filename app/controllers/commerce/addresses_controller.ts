import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ShoppingPolicy from '#policies/commerce/shopping_policy'
import AddressService from '#services/commerce/address_service'
import AddressTransformer from '#transformers/commerce/address_transformer'
import { createAddressValidator, updateAddressValidator } from '#validators/commerce/address'
import { routeId } from '#platform/http/ids'

/** A shopper's delivery addresses (the default first); another shopper's answer 404. */
@inject()
export default class AddressesController {
  constructor(private addresses: AddressService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    return ctx.serialize(
      AddressTransformer.transform(await this.addresses.mine(ctx.auth.getUserOrFail()))
    )
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ShoppingPolicy).authorize('shop')
    const payload = await ctx.request.validateUsing(createAddressValidator)
    const address = await this.addresses.create(ctx.auth.getUserOrFail(), payload)
    ctx.response.status(201)
    return ctx.serialize(AddressTransformer.transform(address))
  }

  async show(ctx: HttpContext) {
    return ctx.serialize(AddressTransformer.transform(await this.#own(ctx)))
  }

  async update(ctx: HttpContext) {
    const address = await this.#own(ctx)
    const payload = await ctx.request.validateUsing(updateAddressValidator)
    return ctx.serialize(
      AddressTransformer.transform(await this.addresses.update(address, payload))
    )
  }

  async makeDefault(ctx: HttpContext) {
    const address = await this.#own(ctx)
    return ctx.serialize(AddressTransformer.transform(await this.addresses.makeDefault(address)))
  }

  async destroy(ctx: HttpContext) {
    await this.addresses.delete(await this.#own(ctx))
    return ctx.response.noContent()
  }

  async #own(ctx: HttpContext) {
    const address = await this.addresses.find(routeId(ctx))
    await ctx.bouncer.with(ShoppingPolicy).authorize('ownAddress', address)
    return address
  }
}
