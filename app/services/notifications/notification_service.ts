import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import logger from '@adonisjs/core/services/logger'
import Notification from '#models/notification'
import { isUniqueViolation } from '#platform/db/errors'
import CacheService from '#platform/cache/cache_service'
import RealtimeService from '#platform/realtime/realtime_service'
import NotificationTransformer from '#transformers/notifications/notification_transformer'
import { apiSerializer } from '#platform/http/api_serializer'
import {
  notificationTitle,
  type NotificationType,
} from '#services/notifications/notification_types'

export interface NotifyInput {
  userId: number
  type: NotificationType
  /** Unread notifications with the same key are merged into one ("3 new messages from Ann"). */
  groupKey: string
  actor?: { id: number; name: string }
  body?: string | null
  data?: Record<string, unknown>
  /** Count every event (messages) instead of distinct actors (likes). */
  countEvery?: boolean
}

/**
 * Removes the preview of one piece of content from the notifications that
 * quote it (their `data[key]` is `id` and they carry a `body`), inside the
 * caller's transaction; answers the recipients whose notifications changed.
 */
export async function dropQuotedText(
  trx: TransactionClientContract,
  key: 'commentId' | 'customTaskId',
  id: number
) {
  const rows = await trx
    .from('notifications')
    .whereNotNull('body')
    .where('data', 'like', `%"${key}":${id}%`)
    .select('id', 'user_id', 'data')
  const quoting = rows.filter((row) => JSON.parse(row.data)[key] === id)
  if (quoting.length)
    await trx
      .from('notifications')
      .whereIn(
        'id',
        quoting.map((row) => row.id)
      )
      .update({ body: null })
  return [...new Set(quoting.map((row) => Number(row.user_id)))]
}

/** Tag of every cached read of one user's notifications (the unread count). */
export const notificationsTag = (userId: number) => `notifications:${userId}`

/**
 * Stores in-app notifications, grouping repeats and ignoring duplicates (the
 * same actor twice in one unread group counts once), then pushes the result
 * to the recipient's private SSE channel. A group that grows again after a
 * digest e-mailed it is due for the next digest.
 */
@inject()
export default class NotificationService {
  constructor(
    private realtime: RealtimeService,
    private cache: CacheService
  ) {}

  async notify(input: NotifyInput) {
    if (input.actor && input.actor.id === input.userId) return null
    const notification = await this.upsert(input).catch((error) => {
      // Two first events of a group raced: the loser merges into the winner's row.
      if (isUniqueViolation(error)) return this.upsert(input)
      throw error
    })
    await this.invalidate(notification.userId)
    await this.push(notification)
    return notification
  }

  /** Drops the user's cached unread count; call after any change to their notifications. */
  invalidate(userId: number) {
    return this.cache.invalidateTags([notificationsTag(userId)])
  }

  private upsert(input: NotifyInput) {
    return db.transaction(async (trx) => {
      const existing = await Notification.query({ client: trx })
        .where('user_id', input.userId)
        .where('group_key', input.groupKey)
        .whereNull('read_at')
        .forUpdate()
        .first()
      const row = existing ?? new Notification()
      const actors = existing ? [...existing.actorIds] : []
      const repeatActor = Boolean(input.actor && actors.includes(input.actor.id))
      if (input.actor && !repeatActor) actors.push(input.actor.id)
      const counts = !repeatActor || input.countEvery === true
      const count = existing ? existing.actorCount + (counts ? 1 : 0) : 1
      const data = {
        ...(existing?.data ?? {}),
        ...(input.data ?? {}),
        actorName: input.actor?.name,
      }
      row.merge({
        userId: input.userId,
        type: input.type,
        groupKey: input.groupKey,
        actorIds: actors.slice(-50),
        actorCount: count,
        title: notificationTitle(input.type, { count, actorName: input.actor?.name, data }),
        body: input.body ?? existing?.body ?? null,
        data,
        emailedAt: existing && count !== existing.actorCount ? null : (existing?.emailedAt ?? null),
      })
      await row.useTransaction(trx).save()
      return row
    })
  }

  private async push(notification: Notification) {
    try {
      const payload = await apiSerializer.serializeWithoutWrapping(
        NotificationTransformer.transform(notification)
      )
      this.realtime.toUser(notification.userId, 'notification', payload)
    } catch (error) {
      logger.warn({ err: error }, 'notification push failed')
    }
  }
}
