import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import RefreshToken from '#models/refresh_token'
import AppException from '#exceptions/app_exception'
import { generateSecret, hashSecret } from '#services/identity/secret_token'
import { ttlSeconds } from '#services/identity/ttl'
import { sqlNow } from '#platform/db/time'
import { revokeVerified } from '#services/identity/session_revocations'

export interface IssuedTokens {
  tokenType: 'Bearer'
  accessToken: string
  accessTokenExpiresAt: string
  refreshToken: string
  refreshTokenExpiresAt: string
}

/** Why a refresh token stopped working; a refresh with it names the reason. */
export type RevokeReason = 'logout' | 'reuse' | 'password' | 'account'

const accessTtl = () => ttlSeconds(process.env.ACCESS_TOKEN_TTL, 15 * 60)
const refreshTtl = () => ttlSeconds(process.env.REFRESH_TOKEN_TTL, 30 * 24 * 3600)

/**
 * Access tokens (opaque, hashed, short-lived, via @adonisjs/auth) paired with
 * rotating refresh tokens. Tokens issued from one login share a family id
 * (stored as the access token's `name`); replaying a used refresh token
 * revokes the whole family, access tokens included. A revoked refresh token
 * keeps why (logout, replay, password change, admin action), and a refresh
 * with it answers that reason; a blocked or rejected account answers so first.
 */
export default class TokenService {
  async issue(
    user: User,
    familyId: string = randomUUID(),
    trx?: TransactionClientContract
  ): Promise<IssuedTokens> {
    const access = await User.accessTokens.create(user, ['*'], {
      name: familyId,
      expiresIn: accessTtl(),
    })
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
    const outcome = await db.transaction(async (trx): Promise<RotateOutcome> => {
      const current = await RefreshToken.query({ client: trx })
        .where('token_hash', hashSecret(refreshToken))
        .forUpdate()
        .first()
      const user = current && (await User.find(current.userId, { client: trx }))
      if (!current || !user || user.deletedAt) return { error: 'E_INVALID_REFRESH_TOKEN' }
      if (user.blockedAt || user.status === 'rejected') {
        await this.revokeFamily(current.familyId, 'account', trx)
        return { error: user.blockedAt ? 'E_ACCOUNT_BLOCKED' : 'E_ACCOUNT_REJECTED' }
      }
      if (current.usedAt) {
        await this.revokeFamily(current.familyId, 'reuse', trx)
        return { error: 'E_REFRESH_TOKEN_REUSED' }
      }
      if (current.revokedAt) {
        return current.revokedReason === 'reuse'
          ? { error: 'E_REFRESH_TOKEN_REUSED' }
          : { error: 'E_REFRESH_TOKEN_REVOKED', reason: current.revokedReason }
      }
      if (current.expiresAt < DateTime.utc()) return { error: 'E_REFRESH_TOKEN_EXPIRED' }
      current.usedAt = DateTime.utc()
      await current.useTransaction(trx).save()
      return { user, familyId: current.familyId }
    })
    if ('error' in outcome) {
      const message =
        outcome.error === 'E_REFRESH_TOKEN_REVOKED'
          ? REVOKED_MESSAGES[outcome.reason ?? 'unknown']
          : REFRESH_MESSAGES[outcome.error]
      throw AppException.unauthorized(outcome.error, message)
    }
    return this.issue(outcome.user, outcome.familyId)
  }

  async revokeFamily(familyId: string, reason: RevokeReason, trx?: TransactionClientContract) {
    const client = trx ?? db
    await client
      .from('refresh_tokens')
      .where('family_id', familyId)
      .whereNull('revoked_at')
      .update({ revoked_at: sqlNow(), revoked_reason: reason })
    await client.from('auth_access_tokens').where('name', familyId).delete()
    await revokeVerified({ families: [familyId] }, trx)
  }

  /** Revokes every token of the user, optionally keeping one family (the caller's session). */
  async revokeAll(userId: number, reason: RevokeReason, exceptFamily?: string) {
    const refresh = db.from('refresh_tokens').where('user_id', userId).whereNull('revoked_at')
    const access = db.from('auth_access_tokens').where('tokenable_id', userId)
    if (exceptFamily) {
      refresh.whereNot('family_id', exceptFamily)
      access.where((q) => q.whereNot('name', exceptFamily).orWhereNull('name'))
    }
    await refresh.update({ revoked_at: sqlNow(), revoked_reason: reason })
    await access.delete()
    // The kept session is dropped too (harmless: it is read again on its next request).
    await revokeVerified({ users: [userId] })
  }
}

const REFRESH_MESSAGES = {
  E_INVALID_REFRESH_TOKEN: 'Unknown refresh token',
  E_REFRESH_TOKEN_REUSED:
    'This refresh token was already used: every session of this login was revoked',
  E_REFRESH_TOKEN_REVOKED: 'This refresh token was revoked: log in again',
  E_REFRESH_TOKEN_EXPIRED: 'Refresh token expired: log in again',
  E_ACCOUNT_BLOCKED: 'This account is blocked',
  E_ACCOUNT_REJECTED: 'This brand account was not approved',
}

type RefreshError = keyof typeof REFRESH_MESSAGES
type RotateOutcome =
  | { error: RefreshError; reason?: Exclude<RevokeReason, 'reuse'> | null }
  | { user: User; familyId: string }

const REVOKED_MESSAGES: Record<Exclude<RevokeReason, 'reuse'> | 'unknown', string> = {
  logout: 'This refresh token was revoked by logout: log in again',
  password: 'This refresh token was revoked when the password changed: log in again',
  account:
    'This refresh token was revoked when an admin blocked or reviewed the account: log in again',
  unknown: REFRESH_MESSAGES.E_REFRESH_TOKEN_REVOKED,
}
