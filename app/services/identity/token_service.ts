import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import RefreshToken from '#models/refresh_token'
import AppException from '#exceptions/app_exception'
import { generateSecret, hashSecret } from '#services/identity/secret_token'
import { ttlSeconds } from '#services/identity/ttl'
import { sqlNow } from '#services/db/time'

export interface IssuedTokens {
  tokenType: 'Bearer'
  accessToken: string
  accessTokenExpiresAt: string
  refreshToken: string
  refreshTokenExpiresAt: string
}

const accessTtl = () => ttlSeconds(process.env.ACCESS_TOKEN_TTL, 15 * 60)
const refreshTtl = () => ttlSeconds(process.env.REFRESH_TOKEN_TTL, 30 * 24 * 3600)

/**
 * Access tokens (opaque, hashed, short-lived, via @adonisjs/auth) paired with
 * rotating refresh tokens. Tokens issued from one login share a family id
 * (stored as the access token's `name`); replaying a used refresh token
 * revokes the whole family, access tokens included.
 */
export default class TokenService {
  async issue(user: User, familyId: string = randomUUID(), trx?: TransactionClientContract): Promise<IssuedTokens> {
    const access = await User.accessTokens.create(user, ['*'], { name: familyId, expiresIn: accessTtl() })
    const refresh = generateSecret('mq_rt_')
    const refreshExpiresAt = DateTime.utc().plus({ seconds: refreshTtl() })
    await RefreshToken.create(
      { userId: user.id, familyId, tokenHash: refresh.hash, expiresAt: refreshExpiresAt },
      { client: trx }
    )
    return {
      tokenType: 'Bearer',
      accessToken: access.value!.release(),
      accessTokenExpiresAt: access.expiresAt!.toISOString(),
      refreshToken: refresh.value,
      refreshTokenExpiresAt: refreshExpiresAt.toISO()!,
    }
  }

  async rotate(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await db.transaction(async (trx) => {
      const current = await RefreshToken.query({ client: trx })
        .where('token_hash', hashSecret(refreshToken))
        .forUpdate()
        .first()
      if (!current) return { error: 'E_INVALID_REFRESH_TOKEN' as const }
      if (current.usedAt || current.revokedAt) {
        await this.revokeFamily(current.familyId, trx)
        return { error: 'E_REFRESH_TOKEN_REUSED' as const }
      }
      if (current.expiresAt < DateTime.utc()) return { error: 'E_REFRESH_TOKEN_EXPIRED' as const }
      const user = await User.find(current.userId, { client: trx })
      if (!user || user.blockedAt || user.status === 'rejected') {
        await this.revokeFamily(current.familyId, trx)
        return { error: 'E_ACCOUNT_BLOCKED' as const }
      }
      current.usedAt = DateTime.utc()
      await current.useTransaction(trx).save()
      return { user, familyId: current.familyId }
    })
    if ('error' in outcome) throw AppException.unauthorized(outcome.error!, REFRESH_MESSAGES[outcome.error!])
    return this.issue(outcome.user, outcome.familyId)
  }

  async revokeFamily(familyId: string, trx?: TransactionClientContract) {
    const client = trx ?? db
    await client.from('refresh_tokens').where('family_id', familyId).whereNull('revoked_at').update({ revoked_at: sqlNow() })
    await client.from('auth_access_tokens').where('name', familyId).delete()
  }

  /** Revokes every token of the user, optionally keeping one family (the caller's session). */
  async revokeAll(userId: number, exceptFamily?: string) {
    const refresh = db.from('refresh_tokens').where('user_id', userId).whereNull('revoked_at')
    const access = db.from('auth_access_tokens').where('tokenable_id', userId)
    if (exceptFamily) {
      refresh.whereNot('family_id', exceptFamily)
      access.where((q) => q.whereNot('name', exceptFamily).orWhereNull('name'))
    }
    await refresh.update({ revoked_at: sqlNow() })
    await access.delete()
  }
}

const REFRESH_MESSAGES = {
  E_INVALID_REFRESH_TOKEN: 'Unknown refresh token',
  E_REFRESH_TOKEN_REUSED: 'This refresh token was already used: every session of this login was revoked',
  E_REFRESH_TOKEN_EXPIRED: 'Refresh token expired: log in again',
  E_ACCOUNT_BLOCKED: 'This account is blocked',
}
