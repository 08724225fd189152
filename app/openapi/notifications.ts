import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { integer, object, ref } from '#platform/openapi/schema'
import { listNotificationsValidator } from '#validators/notifications/notification'
import { notificationsSchemas } from '#transformers/notifications/notifications_schemas'

const route = endpoints({ tag: 'Notifications', prefix: '/api/v1', auth: 'user' })
const OWN = "Another user's notification answers 404."

export const notifications: ApiModule = {
  tags: [
    {
      name: 'Notifications',
      description:
        'In-app notifications of the signed-in user. Repeated events are grouped while unread ("12 people liked your plan"): ' +
        'one unread notification per group, the same actor counted once; after it is read the next event starts a new one. ' +
        'Each new or grown notification is also pushed over SSE as `notification` on `users/{id}`, and users with ' +
        '`privacy.emailDigest` get an hourly e-mail digest of the unread ones not e-mailed yet.',
    },
  ],
  schemas: notificationsSchemas,
  endpoints: [
    route.get('/notifications', {
      summary: 'Your notifications, most recently updated first',
      query: listNotificationsValidator,
      list: ref('Notification'),
      fields: { unread: '`true`: unread only; `false`: read only' },
    }),
    route.get('/notifications/unread-count', {
      summary: 'How many of your notifications are unread',
      description:
        'Cached up to 5 minutes and dropped whenever one of your notifications changes; `meta.computedAt` says when it was counted.',
      response: object({ count: integer({ minimum: 0 }) }),
    }),
    route.post('/notifications/read-all', {
      summary: 'Mark all your notifications read',
      response: object({
        updated: integer({ minimum: 0, description: 'Notifications that were unread' }),
      }),
    }),
    route.post('/notifications/{id}/read', {
      summary: 'Mark one notification read (idempotent)',
      description: OWN,
      response: ref('Notification'),
      errors: [404],
    }),
    route.delete('/notifications/{id}', {
      summary: 'Delete one notification',
      description: OWN,
      errors: [404],
    }),
  ],
}
