import vine from '@vinejs/vine'
import { NOTIFICATION_TYPES } from '#services/notifications/notification_types'
import { paginationFields } from '#validators/common'

/** GET /notifications: `?unread=true` keeps unread ones, `?type=` one type. */
export const listNotificationsValidator = vine.create({
  ...paginationFields,
  unread: vine.boolean().optional(),
  type: vine
    .enum(Object.keys(NOTIFICATION_TYPES) as (keyof typeof NOTIFICATION_TYPES)[])
    .optional(),
})
