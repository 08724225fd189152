import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import FollowPolicy from '#policies/community/follow_policy'
import ProfilePolicy from '#policies/community/profile_policy'
import FollowService from '#services/community/follow_service'
import FollowSuggestionService from '#services/community/follow_suggestion_service'
import FollowStatusTransformer from '#transformers/community/follow_status_transformer'
import FollowSuggestionTransformer from '#transformers/community/follow_suggestion_transformer'
import MemberTransformer from '#transformers/community/member_transformer'
import { paginationQueryValidator } from '#validators/common'
import { followSuggestionsValidator } from '#validators/community/follow'
import { routeId } from '#platform/http/ids'

@inject()
export default class FollowsController {
  constructor(
    private follows: FollowService,
    private suggester: FollowSuggestionService
  ) {}

  async store(ctx: HttpContext) {
    const target = await this.follows.findUser(routeId(ctx))
    await ctx.bouncer.with(FollowPolicy).authorize('follow', target)
    return ctx.serialize(
      FollowStatusTransformer.transform(await this.follows.follow(ctx.auth.getUserOrFail(), target))
    )
  }

  async destroy(ctx: HttpContext) {
    const target = await this.follows.findUser(routeId(ctx))
    await ctx.bouncer.with(FollowPolicy).authorize('unfollow')
    return ctx.serialize(
      FollowStatusTransformer.transform(
        await this.follows.unfollow(ctx.auth.getUserOrFail(), target)
      )
    )
  }

  async status(ctx: HttpContext) {
    const target = await this.follows.findUser(routeId(ctx))
    await ctx.bouncer.with(FollowPolicy).authorize('status', target)
    return ctx.serialize(
      FollowStatusTransformer.transform(await this.follows.status(ctx.auth.getUserOrFail(), target))
    )
  }

  async followers(ctx: HttpContext) {
    const target = await this.follows.findUser(routeId(ctx))
    await ctx.bouncer.with(ProfilePolicy).authorize('viewConnections', target)
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const users = await this.follows.followers(ctx.auth.getUserOrFail(), target, page, perPage)
    return ctx.serialize(MemberTransformer.paginate(users.all(), users.getMeta()))
  }

  async following(ctx: HttpContext) {
    const target = await this.follows.findUser(routeId(ctx))
    await ctx.bouncer.with(ProfilePolicy).authorize('viewConnections', target)
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const users = await this.follows.following(ctx.auth.getUserOrFail(), target, page, perPage)
    return ctx.serialize(MemberTransformer.paginate(users.all(), users.getMeta()))
  }

  async suggestions(ctx: HttpContext) {
    const { limit } = await followSuggestionsValidator.validate(ctx.request.qs())
    const suggestions = await this.suggester.suggest(ctx.auth.getUserOrFail(), limit)
    return ctx.serialize(FollowSuggestionTransformer.transform(suggestions))
  }
}
