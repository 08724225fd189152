import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import UserAdminPolicy from '#policies/identity/user_admin_policy'
import AdminUserService from '#services/identity/admin_user_service'
import MemberActivityService from '#services/identity/member_activity_service'
import MemberActivityTransformer from '#transformers/identity/member_activity_transformer'
import UserTransformer from '#transformers/identity/user_transformer'
import {
  listUsersValidator,
  optionalReasonValidator,
  reasonValidator,
} from '#validators/identity/admin_users'
import { paginationQueryValidator } from '#validators/common'
import { routeId } from '#platform/http/ids'

@inject()
export default class AdminUsersController {
  constructor(
    private users: AdminUserService,
    private activities: MemberActivityService
  ) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(UserAdminPolicy).authorize('viewAny')
    const filters = await listUsersValidator.validate(ctx.request.qs())
    const page = await this.users.list(filters)
    return ctx.serialize(UserTransformer.paginate(page.all(), page.getMeta()))
  }

  async pending(ctx: HttpContext) {
    await ctx.bouncer.with(UserAdminPolicy).authorize('viewAny')
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const result = await this.users.pendingSponsors(page, perPage)
    return ctx.serialize(UserTransformer.paginate(result.all(), result.getMeta()))
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(UserAdminPolicy).authorize('view')
    return ctx.serialize(UserTransformer.transform(await this.users.find(routeId(ctx))))
  }

  async activity(ctx: HttpContext) {
    await ctx.bouncer.with(UserAdminPolicy).authorize('view')
    return ctx.serialize(
      MemberActivityTransformer.transform(await this.activities.summary(routeId(ctx)))
    )
  }

  async approve(ctx: HttpContext) {
    const target = await this.authorizeOn(ctx, 'review')
    const { reason } = await ctx.request.validateUsing(optionalReasonValidator)
    return this.respond(
      ctx,
      await this.users.apply(ctx.auth.getUserOrFail(), target, 'approve', reason, ctx)
    )
  }

  async reject(ctx: HttpContext) {
    const target = await this.authorizeOn(ctx, 'review')
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    return this.respond(
      ctx,
      await this.users.apply(ctx.auth.getUserOrFail(), target, 'reject', reason, ctx)
    )
  }

  async block(ctx: HttpContext) {
    const target = await this.authorizeOn(ctx, 'moderate')
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    return this.respond(
      ctx,
      await this.users.apply(ctx.auth.getUserOrFail(), target, 'block', reason, ctx)
    )
  }

  async unblock(ctx: HttpContext) {
    const target = await this.authorizeOn(ctx, 'moderate')
    const { reason } = await ctx.request.validateUsing(optionalReasonValidator)
    return this.respond(
      ctx,
      await this.users.apply(ctx.auth.getUserOrFail(), target, 'unblock', reason, ctx)
    )
  }

  async flag(ctx: HttpContext) {
    const target = await this.authorizeOn(ctx, 'moderate')
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    return this.respond(
      ctx,
      await this.users.apply(ctx.auth.getUserOrFail(), target, 'flag', reason, ctx)
    )
  }

  async unflag(ctx: HttpContext) {
    const target = await this.authorizeOn(ctx, 'moderate')
    const { reason } = await ctx.request.validateUsing(optionalReasonValidator)
    return this.respond(
      ctx,
      await this.users.apply(ctx.auth.getUserOrFail(), target, 'unflag', reason, ctx)
    )
  }

  private async authorizeOn(ctx: HttpContext, ability: 'review' | 'moderate') {
    await ctx.bouncer.with(UserAdminPolicy).authorize(ability)
    const user = await this.users.find(routeId(ctx))
    return user.id
  }

  private respond(ctx: HttpContext, user: Awaited<ReturnType<AdminUserService['find']>>) {
    return ctx.serialize(UserTransformer.transform(user))
  }
}
