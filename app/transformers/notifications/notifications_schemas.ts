/**
 * The named OpenAPI components of the notification responses (app/openapi/notifications.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { notificationSchema } from '#transformers/notifications/notification_transformer'

export const notificationsSchemas = {
  Notification: notificationSchema,
}
