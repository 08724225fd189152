import { createHash } from 'node:crypto'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Notification from '#models/notification'
import User from '#models/user'
import { mailUser } from '#mails/registry'
import { sqlTime } from '#platform/db/time'
import { ScheduledMailService } from '#platform/mail/mail_service'

/** Notifications listed in one digest e-mail (all of them are marked e-mailed). */
export const DIGEST_LIMIT = 20

const DIGEST_OPT_IN = '%"emailDigest":true%'

export interface DigestRun {
  /** Opted-in users with something new. */
  users: number
  /** Digests queued. */
  queued: number
  notifications: number
}

/**
 * The hourly e-mail digest: each active user who opted in
 * (`privacy.emailDigest`) gets one e-mail with their unread notifications not
 * e-mailed yet, which are marked `emailed_at` in the same transaction that
 * queues it (so two runs never e-mail one notification twice, and a failed
 * queueing leaves them for the next run).
 */
@inject()
export default class NotificationDigestService {
  constructor(private mail: ScheduledMailService) {}

  async run(now = DateTime.utc()): Promise<DigestRun> {
    const candidates = await User.query()
      .whereNull('blocked_at')
      .where('status', 'active')
      .where('privacy', 'like', DIGEST_OPT_IN)
      .whereIn('id', (q) =>
        q.from('notifications').select('user_id').whereNull('read_at').whereNull('emailed_at')
      )
      .orderBy('id')
    const result: DigestRun = { users: 0, queued: 0, notifications: 0 }
    for (const user of candidates.filter((u) => u.privacySettings.emailDigest)) {
      const sent = await this.sendTo(user, now)
      if (sent === null) continue
      result.users++
      if (sent > 0) {
        result.queued++
        result.notifications += sent
      }
    }
    return result
  }

  /** Notifications e-mailed to `user`: 0 when queueing failed (kept for the next run), null when there was nothing new. */
  private sendTo(user: User, now: DateTime) {
    return db.transaction(async (trx) => {
      const due = await Notification.query({ client: trx })
        .where('user_id', user.id)
        .whereNull('read_at')
        .whereNull('emailed_at')
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .forUpdate()
      if (!due.length) return null
      const taskId = await this.mail.sendOnce(
        'notification_digest',
        { userId: user.id, period: digestContents(due) },
        {
          user: mailUser(user),
          unreadCount: due.length,
          notifications: due.slice(0, DIGEST_LIMIT).map((n) => ({
            title: n.title,
            body: n.body,
            when: n.updatedAt.toRelative({ base: now }) ?? '',
          })),
        },
        trx
      )
      if (!taskId) return 0
      await trx
        .from('notifications')
        .whereIn(
          'id',
          due.map((n) => n.id)
        )
        .update({ emailed_at: sqlTime(now) })
      return due.length
    })
  }
}

/** A digest's period is what it lists (each notification as of its last update): the same contents are never e-mailed twice. */
function digestContents(due: Notification[]) {
  const content = due.map((n) => `${n.id}@${n.updatedAt.toMillis()}`).join(',')
  return `sha256:${createHash('sha256').update(content).digest('hex').slice(0, 48)}`
}
