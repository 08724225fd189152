import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import FeedService, { type FeedPage } from '#services/community/feed_service'
import FeedPolicy from '#policies/community/feed_policy'
import { feedRefreshValidator, feedValidator } from '#validators/community/feed'

/** Activity feeds with cursor pagination: `?before=<meta.nextCursor>&limit=`. */
@inject()
export default class FeedsController {
  constructor(private feeds: FeedService) {}

  async personal(ctx: HttpContext) {
    const cursor = await feedValidator.validate(ctx.request.qs())
    return this.#respond(ctx, await this.feeds.personal(ctx.auth.getUserOrFail(), cursor))
  }

  /** Drops the caller's cached pages and answers the first fresh page of their personal feed. */
  async refresh(ctx: HttpContext) {
    await ctx.bouncer.with(FeedPolicy).authorize('refresh')
    const { limit } = await feedRefreshValidator.validate(ctx.request.qs())
    return this.#respond(ctx, await this.feeds.refreshPersonal(ctx.auth.getUserOrFail(), { limit }))
  }

  async global(ctx: HttpContext) {
    return this.#respond(
      ctx,
      await this.feeds.global(
        ctx.auth.getUserOrFail(),
        await feedValidator.validate(ctx.request.qs())
      )
    )
  }

  async trending(ctx: HttpContext) {
    return this.#respond(
      ctx,
      await this.feeds.trending(
        ctx.auth.getUserOrFail(),
        await feedValidator.validate(ctx.request.qs())
      )
    )
  }

  async discovery(ctx: HttpContext) {
    const cursor = await feedValidator.validate(ctx.request.qs())
    return this.#respond(ctx, await this.feeds.discovery(ctx.auth.getUserOrFail(), cursor))
  }

  /** Pages are cached transformer output (`meta.computedAt` says when they were read). */
  #respond(ctx: HttpContext, { data, nextCursor, computedAt }: FeedPage) {
    return ctx.serialize(data, { nextCursor, computedAt })
  }
}
