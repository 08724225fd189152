import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import NotificationPolicy from '#policies/notifications/notification_policy'
import NotificationInboxService from '#services/notifications/notification_inbox_service'
import NotificationTransformer from '#transformers/notifications/notification_transformer'
import { listNotificationsValidator } from '#validators/notifications/notification'
import { routeId } from '#platform/http/ids'

/** The signed-in user's own notifications; another user's are 404. */
@inject()
export default class NotificationsController {
  constructor(private inbox: NotificationInboxService) {}

  async index(ctx: HttpContext) {
    const filters = await listNotificationsValidator.validate(ctx.request.qs())
    const page = await this.inbox.list(ctx.auth.getUserOrFail(), filters)
    return ctx.serialize(NotificationTransformer.paginate(page.all(), page.getMeta()))
  }

  /** Cached up to 5 minutes, dropped on every change; `meta.computedAt` says when it was counted. */
  async unreadCount(ctx: HttpContext) {
    const { value: count, computedAt } = await this.inbox.unreadCount(ctx.auth.getUserOrFail())
    return ctx.serialize({ count }, { computedAt })
  }

  async read(ctx: HttpContext) {
    const notification = await this.inbox.find(routeId(ctx))
    await ctx.bouncer.with(NotificationPolicy).authorize('manage', notification)
    return ctx.serialize(NotificationTransformer.transform(await this.inbox.markRead(notification)))
  }

  async readAll(ctx: HttpContext) {
    return ctx.serialize(await this.inbox.markAllRead(ctx.auth.getUserOrFail()))
  }

  async destroy(ctx: HttpContext) {
    const notification = await this.inbox.find(routeId(ctx))
    await ctx.bouncer.with(NotificationPolicy).authorize('manage', notification)
    await this.inbox.delete(notification)
    return ctx.response.noContent()
  }
}
