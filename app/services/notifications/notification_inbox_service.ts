import { inject } from '@adonisjs/core'
import type { Infer } from '@vinejs/vine/types'
import Notification from '#models/notification'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import { sqlNow } from '#platform/db/time'
import CacheService from '#platform/cache/cache_service'
import NotificationService, { notificationsTag } from '#services/notifications/notification_service'
import type { listNotificationsValidator } from '#validators/notifications/notification'

type ListFilters = Infer<typeof listNotificationsValidator>

/**
 * A user's notifications: list, unread count (cached per user in family
 * `notifications`, tag `notifications:<id>`), read, read all, delete. Every
 * change drops the cached count.
 */
@inject()
export default class NotificationInboxService {
  constructor(
    private cache: CacheService,
    private notifications: NotificationService
  ) {}

  /** Most recently updated first (a grouped notification rises when it grows). */
  list(user: User, filters: ListFilters) {
    const query = Notification.query().where('user_id', user.id)
    if (filters.unread === true) query.whereNull('read_at')
    if (filters.unread === false) query.whereNotNull('read_at')
    if (filters.type) query.where('type', filters.type)
    return query
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  unreadCount(user: User) {
    return this.cache.remember(
      'notifications',
      `unread:${user.id}`,
      async () => {
        const row = await Notification.query()
          .where('user_id', user.id)
          .whereNull('read_at')
          .count('* as total')
          .first()
        return Number(row?.$extras.total ?? 0)
      },
      { tags: [notificationsTag(user.id)] }
    )
  }

  /** Any notification by id (authorize with NotificationPolicy before using it). */
  async find(id: number) {
    const notification = await Notification.find(id)
    if (!notification) throw AppException.notFound('Notification')
    return notification
  }

  /** Idempotent: an already read notification keeps its first read time. */
  async markRead(notification: Notification) {
    if (!notification.readAt) {
      await Notification.query()
        .where('id', notification.id)
        .whereNull('read_at')
        .update({ read_at: sqlNow() })
      await this.notifications.invalidate(notification.userId)
    }
    await notification.refresh()
    return notification
  }

  async markAllRead(user: User) {
    const updated = await Notification.query()
      .where('user_id', user.id)
      .whereNull('read_at')
      .update({ read_at: sqlNow() })
    await this.notifications.invalidate(user.id)
    return { updated: Number(Array.isArray(updated) ? updated[0] : updated) }
  }

  async delete(notification: Notification) {
    await Notification.query().where('id', notification.id).delete()
    await this.notifications.invalidate(notification.userId)
  }
}
