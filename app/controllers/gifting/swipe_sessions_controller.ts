import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import SwipeSessionPolicy from '#policies/gifting/swipe_session_policy'
import SwipeSessionService from '#services/gifting/swipe_session_service'
import PreferenceService from '#services/gifting/preference_service'
import SwipeSessionTransformer from '#transformers/gifting/swipe_session_transformer'
import SwipeCardTransformer from '#transformers/gifting/swipe_card_transformer'
import SwipeTransformer from '#transformers/gifting/swipe_transformer'
import PreferencesTransformer from '#transformers/gifting/preferences_transformer'
import {
  createSessionValidator,
  listSessionsValidator,
  nextProductsValidator,
  swipeValidator,
} from '#validators/gifting/swipe_session'
import { routeId } from '#platform/http/ids'

/** A shopper's swipe sessions: start, the next products to swipe, swipes and the preferences they show. */
@inject()
export default class SwipeSessionsController {
  constructor(
    private sessions: SwipeSessionService,
    private preferences: PreferenceService
  ) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(SwipeSessionPolicy).authorize('listOwn')
    const { page, perPage } = await listSessionsValidator.validate(ctx.request.qs())
    const sessions = await this.sessions.mine(ctx.auth.getUserOrFail(), page, perPage)
    return ctx.serialize(SwipeSessionTransformer.paginate(sessions.all(), sessions.getMeta()))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(SwipeSessionPolicy).authorize('start')
    const payload = await ctx.request.validateUsing(createSessionValidator)
    const session = await this.sessions.start(ctx.auth.getUserOrFail(), payload)
    ctx.response.status(201)
    return ctx.serialize(SwipeSessionTransformer.transform(await this.sessions.find(session.id)))
  }

  async show(ctx: HttpContext) {
    const session = await this.#own(ctx)
    return ctx.serialize(SwipeSessionTransformer.transform(session))
  }

  async next(ctx: HttpContext) {
    const session = await this.#own(ctx)
    const { limit } = await nextProductsValidator.validate(ctx.request.qs())
    return ctx.serialize(SwipeCardTransformer.transform(await this.sessions.next(session, limit)))
  }

  async swipe(ctx: HttpContext) {
    const session = await this.#own(ctx)
    const payload = await ctx.request.validateUsing(swipeValidator)
    const { swipe, created } = await this.sessions.swipe(session, payload)
    ctx.response.status(created ? 201 : 200)
    return ctx.serialize(SwipeTransformer.transform(swipe))
  }

  async showPreferences(ctx: HttpContext) {
    const session = await this.#own(ctx)
    return ctx.serialize(
      PreferencesTransformer.transform(await this.preferences.forSession(session))
    )
  }

  async #own(ctx: HttpContext) {
    const session = await this.sessions.find(routeId(ctx))
    await ctx.bouncer.with(SwipeSessionPolicy).authorize('own', session)
    return session
  }
}
