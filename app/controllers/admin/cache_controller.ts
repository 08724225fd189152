import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#policies/operations/operations_policy'
import CacheAdminService from '#services/operations/cache_admin_service'
import {
  cacheClearValidator,
  cacheInvalidateUserValidator,
  cacheWarmValidator,
} from '#validators/operations/admin_ops'

@inject()
export default class CacheController {
  constructor(private caches: CacheAdminService) {}

  async stats(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    return ctx.serialize(await this.caches.stats())
  }

  async health(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    return ctx.serialize(await this.caches.healthCheck())
  }

  async warm(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { only } = await ctx.request.validateUsing(cacheWarmValidator)
    return ctx.serialize(await this.caches.warm(ctx.auth.getUserOrFail(), only, ctx))
  }

  async clear(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { tags } = await ctx.request.validateUsing(cacheClearValidator)
    return ctx.serialize(await this.caches.clear(ctx.auth.getUserOrFail(), tags, ctx))
  }

  async invalidateUser(ctx: HttpContext) {
    await ctx.bouncer.with(OperationsPolicy).authorize('operate')
    const { userId } = await ctx.request.validateUsing(cacheInvalidateUserValidator)
    return ctx.serialize(await this.caches.invalidateUser(ctx.auth.getUserOrFail(), userId, ctx))
  }
}
