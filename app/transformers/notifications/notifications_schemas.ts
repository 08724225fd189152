/**
 * OpenAPI schemas of the responses documented in app/platform/openapi/paths/notifications.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import {
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
} from '#platform/openapi/schema'
import { NOTIFICATION_TYPES } from '#services/notifications/notification_types'

export const TYPES = Object.keys(NOTIFICATION_TYPES)

export const notificationsSchemas = {
  Notification: object({
    id: integer(),
    type: oneOf(TYPES),
    title: string({ examples: ['12 people liked your plan "Thirty days of sketching"'] }),
    body: nullable(string()),
    count: integer({
      minimum: 1,
      description: 'Distinct actors (or events, for messages) grouped in it',
    }),
    data: {
      type: 'object',
      description:
        'What the title is about (planId, planTitle, conversationId, …) and `actorName`, the latest actor',
    },
    read: boolean(),
    createdAt: dateTime(),
    updatedAt: { ...dateTime(), description: 'When the group last grew' },
  }),
}
