import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import LeaderboardService from '#services/community/leaderboard_service'
import { paginationQueryValidator } from '#validators/common'

@inject()
export default class LeaderboardController {
  constructor(private leaderboard: LeaderboardService) {}

  /** A cached page of LeaderboardEntryTransformer output; `meta.computedAt` says when it was ranked. */
  async index(ctx: HttpContext) {
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const { data, metadata, computedAt } = await this.leaderboard.page(
      page,
      perPage,
      ctx.auth.getUserOrFail()
    )
    return ctx.serialize(data, { ...metadata, computedAt })
  }
}
