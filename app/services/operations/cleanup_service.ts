import { readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { personalDataConfig } from '#config/personal_data'
import { sqlTime } from '#platform/db/time'
import { IDEMPOTENCY_KEY_DAYS } from '#services/commerce/idempotency'

export interface CleanupResult {
  accessTokens: number
  refreshTokens: number
  userTokens: number
  readNotifications: number
  batchRuns: number
  personalDataExports: number
  idempotencyKeys: number
  scheduledMailings: number
}

/** Read notifications and batch-run history are kept this long. */
export const HISTORY_DAYS = 90

/** Claims of scheduled e-mails are kept this long: a monthly report run again for any month of the past year is not sent twice. */
export const SCHEDULED_MAILING_DAYS = 400

/**
 * Removes what nobody can use any more: expired credentials, notifications
 * read long ago, old batch-run history, GDPR export files whose link has
 * expired, checkout Idempotency-Keys past their retry window and claims of scheduled e-mails
 * sent over a year ago. Revoked/used refresh tokens are kept for a week so a replayed
 * token is still recognised (and its family revoked) instead of looking
 * merely unknown.
 */
export default class CleanupService {
  async run(now = DateTime.utc()): Promise<CleanupResult> {
    const current = sqlTime(now)
    const weekAgo = sqlTime(now.minus({ days: 7 }))
    const historyStart = sqlTime(now.minus({ days: HISTORY_DAYS }))
    const accessTokens = await db
      .from('auth_access_tokens')
      .where('expires_at', '<', current)
      .delete()
    const refreshTokens = await db
      .from('refresh_tokens')
      .where((q) =>
        q
          .where('expires_at', '<', current)
          .orWhere('revoked_at', '<', weekAgo)
          .orWhere('used_at', '<', weekAgo)
      )
      .delete()
    const userTokens = await db
      .from('user_tokens')
      .where((q) => q.where('expires_at', '<', current).orWhere('used_at', '<', weekAgo))
      .delete()
    const readNotifications = await db
      .from('notifications')
      .where('read_at', '<', historyStart)
      .delete()
    const batchRuns = await db
      .from('batch_runs')
      .whereNot('status', 'running')
      .where('started_at', '<', historyStart)
      .delete()
    const idempotencyKeys = await db
      .from('idempotency_keys')
      .where('created_at', '<', sqlTime(now.minus({ days: IDEMPOTENCY_KEY_DAYS })))
      .delete()
    const scheduledMailings = await db
      .from('scheduled_mailings')
      .where('created_at', '<', sqlTime(now.minus({ days: SCHEDULED_MAILING_DAYS })))
      .delete()
    return {
      accessTokens: Number(accessTokens),
      refreshTokens: Number(refreshTokens),
      userTokens: Number(userTokens),
      readNotifications: Number(readNotifications),
      batchRuns: Number(batchRuns),
      personalDataExports: await this.expiredExports(now),
      idempotencyKeys: Number(idempotencyKeys),
      scheduledMailings: Number(scheduledMailings),
    }
  }

  /** Export files older than their link's lifetime (the link no longer works); leftovers of interrupted writes too. */
  private async expiredExports(now: DateTime) {
    const dir = personalDataConfig.exportDir
    const names = await readdir(dir).catch(() => [] as string[])
    let removed = 0
    for (const name of names) {
      const path = join(dir, name)
      const info = await stat(path).catch(() => null)
      if (!info?.isFile() || now.toMillis() - info.mtimeMs <= personalDataConfig.linkExpiresInMs)
        continue
      await unlink(path).catch(() => {})
      removed++
    }
    return removed
  }
}
