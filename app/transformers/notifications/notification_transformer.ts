import { BaseTransformer } from '@adonisjs/core/transformers'
import type Notification from '#models/notification'
import {
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  typed,
  type Infer,
} from '#platform/openapi/schema'
import { NOTIFICATION_TYPES } from '#services/notifications/notification_types'
import { iso } from '#transformers/support'

export const notificationSchema = object({
  id: integer(),
  type: oneOf(Object.keys(NOTIFICATION_TYPES)),
  title: string({ examples: ['12 people liked your plan "Thirty days of sketching"'] }),
  body: nullable(string()),
  count: integer({
    minimum: 1,
    description: 'Distinct actors (or events, for messages) grouped in it',
  }),
  data: typed<Record<string, unknown>>({
    type: 'object',
    description:
      'What the title is about (planId, planTitle, conversationId, …) and `actorName`, the latest actor',
  }),
  read: boolean(),
  createdAt: dateTime(),
  updatedAt: dateTime({ description: 'When the group last grew' }),
})

export default class NotificationTransformer extends BaseTransformer<Notification> {
  toObject(): Infer<typeof notificationSchema> {
    const n = this.resource
    return {
      id: n.id,
      type: n.type,
      title: n.title,
      body: n.body,
      count: n.actorCount,
      data: n.data,
      read: Boolean(n.readAt),
      createdAt: iso(n.createdAt),
      updatedAt: iso(n.updatedAt),
    }
  }
}
