import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ProfilePolicy from '#policies/community/profile_policy'
import FollowService from '#services/community/follow_service'
import ProfileService from '#services/community/profile_service'
import UserSearchService from '#services/community/user_search_service'
import MemberTransformer from '#transformers/community/member_transformer'
import OwnStatsTransformer from '#transformers/community/own_stats_transformer'
import ProfileTransformer from '#transformers/community/profile_transformer'
import { paginationQueryValidator } from '#validators/common'
import { userSearchValidator } from '#validators/community/profile'
import { routeId } from '#platform/http/ids'

@inject()
export default class ProfilesController {
  constructor(
    private profiles: ProfileService,
    private follows: FollowService,
    private people: UserSearchService
  ) {}

  /** The public profile (figures cached; `meta.computedAt` says when), privacy applied for the caller. */
  async show(ctx: HttpContext) {
    const target = await this.follows.findUser(routeId(ctx))
    await ctx.bouncer.with(ProfilePolicy).authorize('view', target)
    const { computedAt, ...profile } = await this.profiles.profile(ctx.auth.getUserOrFail(), target)
    return ctx.serialize(ProfileTransformer.transform(profile), { computedAt })
  }

  /** Own figures; `meta` paginates the per-plan figures. */
  async myStats(ctx: HttpContext) {
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const { stats, plans } = await this.profiles.ownStats(ctx.auth.getUserOrFail(), page, perPage)
    const meta = plans.getMeta()
    return ctx.serialize(OwnStatsTransformer.transform({ stats, plans: plans.all() }), {
      page: meta.currentPage,
      perPage: meta.perPage,
      total: meta.total,
      lastPage: meta.lastPage,
    })
  }

  async search(ctx: HttpContext) {
    const { q, page, perPage } = await userSearchValidator.validate(ctx.request.qs())
    const users = await this.people.search(ctx.auth.getUserOrFail(), q, page, perPage)
    return ctx.serialize(MemberTransformer.paginate(users.all(), users.getMeta()))
  }
}
