import { BaseTransformer } from '@adonisjs/core/transformers'
import type Notification from '#models/notification'

export default class NotificationTransformer extends BaseTransformer<Notification> {
  toObject() {
    const n = this.resource
    return {
      id: n.id,
      type: n.type,
      title: n.title,
      body: n.body,
      count: n.actorCount,
      data: n.data,
      read: Boolean(n.readAt),
      createdAt: n.createdAt.toISO(),
      updatedAt: n.updatedAt.toISO(),
    }
  }
}
