import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AppException from '#exceptions/app_exception'
import { sqlNow } from '#platform/db/time'

/** How long a key is remembered: a retry within this window is answered from the store (cleanup drops older keys). */
export const IDEMPOTENCY_KEY_DAYS = 7

/** The stored first answer to a request, replayed for a retry with the same key. */
export interface StoredResponse {
  status: number
  body: unknown
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export const requestHash = (body: unknown) =>
  createHash('sha256').update(canonical(body)).digest('hex')

/**
 * Idempotency keys of one user: `claim` reserves the key inside the caller's
 * transaction (a concurrent request with the same key waits on the unique
 * index, then finds it taken and replays), `complete` stores the answer in it.
 */
export const idempotency = {
  /** The first answer for this key, or undefined; 422 when the key came with another body. */
  async replay(userId: number, key: string, hash: string): Promise<StoredResponse | undefined> {
    const row = await db.from('idempotency_keys').where({ user_id: userId, key }).first()
    if (!row || !row.response_status) return undefined
    if (row.request_hash !== hash) {
      throw AppException.invalid(
        'Idempotency-Key',
        'This Idempotency-Key was used with a different request body',
        'E_IDEMPOTENCY_MISMATCH'
      )
    }
    return { status: Number(row.response_status), body: JSON.parse(row.response_body) }
  },

  /**
   * Reserves the key in `trx`; false when it is taken (an earlier request
   * with it committed, or a concurrent one did while this one waited on the
   * unique index): then roll back and `replay`. One statement whether or not
   * the key was seen before, so a first request reads nothing up front.
   */
  async claim(trx: TransactionClientContract, userId: number, key: string, hash: string) {
    const claimed = await trx
      .knexQuery()
      .table('idempotency_keys')
      .insert({
        user_id: userId,
        key,
        request_hash: hash,
        response_status: 0,
        response_body: '',
        created_at: sqlNow(trx),
      })
      .onConflict(['user_id', 'key'])
      .ignore()
      .returning('id')
    return claimed.length > 0
  },

  async complete(
    trx: TransactionClientContract,
    userId: number,
    key: string,
    response: StoredResponse,
    saleId: number
  ) {
    await trx
      .from('idempotency_keys')
      .where({ user_id: userId, key })
      .update({
        response_status: response.status,
        response_body: JSON.stringify(response.body),
        sale_id: saleId,
      })
  },
}
