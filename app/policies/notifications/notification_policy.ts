import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type Notification from '#models/notification'
import type User from '#models/user'
import { notFound } from '#policies/account_state'

/** A notification exists only for its recipient: anyone else (admins too) gets 404. */
export default class NotificationPolicy extends BasePolicy {
  manage(user: User, notification: Notification): AuthorizerResponse {
    return notification.userId === user.id ? true : notFound('Notification')
  }
}
