import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import UserToken, { type UserTokenPurpose } from '#models/user_token'
import AppException from '#exceptions/app_exception'
import { generateSecret, hashSecret } from '#services/identity/secret_token'
import { sqlNow } from '#platform/db/time'

const LIFETIME_MINUTES: Record<UserTokenPurpose, number> = {
  verify_email: 48 * 60,
  password_reset: 60,
}

/** Single-use, expiring tokens for links mailed to users. A new one voids the older ones. */
export default class UserTokenService {
  /** Within `client`'s transaction when given (the one that also records the e-mail carrying the token). */
  async create(
    userId: number,
    purpose: UserTokenPurpose,
    client: QueryClientContract = db.connection()
  ) {
    const secret = generateSecret(purpose === 'verify_email' ? 'mq_ve_' : 'mq_pr_')
    await client.transaction(async (trx) => {
      await UserToken.query({ client: trx })
        .where('user_id', userId)
        .where('purpose', purpose)
        .whereNull('used_at')
        .update({ used_at: sqlNow() })
      await UserToken.create(
        {
          userId,
          purpose,
          tokenHash: secret.hash,
          expiresAt: DateTime.utc().plus({ minutes: LIFETIME_MINUTES[purpose] }),
        },
        { client: trx }
      )
    })
    return secret.value
  }

  /** Marks the token used and returns its user id; 422 when unknown, used or expired. Inside `outer` when given. */
  async consume(
    value: string,
    purpose: UserTokenPurpose,
    outer?: TransactionClientContract
  ): Promise<number> {
    return (outer ?? db).transaction(async (trx) => {
      const token = await UserToken.query({ client: trx })
        .where('token_hash', hashSecret(value))
        .where('purpose', purpose)
        .forUpdate()
        .first()
      if (!token || token.usedAt || token.expiresAt < DateTime.utc()) {
        throw AppException.invalid(
          'token',
          'This link is invalid, already used or expired',
          'E_INVALID_TOKEN'
        )
      }
      token.usedAt = DateTime.utc()
      await token.useTransaction(trx).save()
      return token.userId
    })
  }
}
