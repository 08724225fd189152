import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { sqlTime } from '#services/db/time'

export interface CleanupResult {
  accessTokens: number
  refreshTokens: number
  userTokens: number
}

/**
 * Removes credentials nobody can use any more. Revoked/used refresh tokens are
 * kept for a week so a replayed token is still recognised (and its family
 * revoked) instead of looking merely unknown.
 */
export default class CleanupService {
  async run(now = DateTime.utc()): Promise<CleanupResult> {
    const current = sqlTime(now)
    const weekAgo = sqlTime(now.minus({ days: 7 }))
    const accessTokens = await db.from('auth_access_tokens').where('expires_at', '<', current).delete()
    const refreshTokens = await db
      .from('refresh_tokens')
      .where((q) => q.where('expires_at', '<', current).orWhere('revoked_at', '<', weekAgo).orWhere('used_at', '<', weekAgo))
      .delete()
    const userTokens = await db
      .from('user_tokens')
      .where((q) => q.where('expires_at', '<', current).orWhere('used_at', '<', weekAgo))
      .delete()
    return { accessTokens: Number(accessTokens), refreshTokens: Number(refreshTokens), userTokens: Number(userTokens) }
  }
}
