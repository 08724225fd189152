import { randomUUID } from 'node:crypto'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import redisConfig from '#config/redis'
import { redisUp } from '#platform/runtime/redis_state'
import { RedisBusTransport } from '#platform/cache/cache_service'
import { withTimeout } from '#platform/runtime/with_timeout'
import { type Revocation, verifiedTokens } from '#services/identity/verified_tokens'

/** Redis pub/sub channel of revocations (the transport appends the database number). */
export const REVOCATIONS_CHANNEL = 'marquee:sessions:revoked'
/** Longest wait for Redis to take a revocation; past it the other processes rely on the 5 s bound. */
const PUBLISH_TIMEOUT_MS = 300
/** Longest wait at boot for the subscription; the transport keeps trying after it. */
const SUBSCRIBE_WAIT_MS = 2000

let transport: RedisBusTransport | undefined

/**
 * Drops the remembered tokens a revocation names, in this process at once and
 * in every other app process through Redis pub/sub. Inside a transaction, the
 * drop is repeated and the message sent once it commits (a request reading
 * the rows before the commit may have remembered them meanwhile); a rolled-back
 * transaction sends nothing. Never fails: without Redis, the other processes
 * forget the token within VERIFIED_TOKEN_TTL_MS.
 */
export async function revokeVerified(revocation: Revocation, trx?: TransactionClientContract) {
  verifiedTokens.drop(revocation)
  if (trx?.isTransaction) {
    trx.after('commit', async () => {
      verifiedTokens.drop(revocation)
      await broadcast(revocation)
    })
    return
  }
  await broadcast(revocation)
}

async function broadcast(revocation: Revocation) {
  if (!transport) return
  try {
    await withTimeout(transport.publish(REVOCATIONS_CHANNEL, revocation), PUBLISH_TIMEOUT_MS)
  } catch (error) {
    logger.warn(
      { err: error },
      'sessions: revocation not broadcast; other processes forget within 5 s'
    )
  }
}

function asRevocation(payload: unknown): Revocation | undefined {
  if (!payload || typeof payload !== 'object') return undefined
  const { tokens, users, families } = payload as Record<string, unknown>
  const list = <T>(value: unknown, valid: (item: unknown) => item is T) =>
    Array.isArray(value) ? value.filter(valid) : undefined
  return {
    tokens: list(tokens, (t): t is string | number => ['string', 'number'].includes(typeof t)),
    users: list(users, (u): u is number => typeof u === 'number'),
    families: list(families, (f): f is string => typeof f === 'string'),
  }
}

/**
 * Subscribes this process to the revocations of the others (once: at boot, or
 * when a process that started without Redis switches to it; until then the
 * 5 s bound alone applies).
 */
export async function listenForRevocations() {
  if (!redisUp() || transport) return
  // Named after the process, so an operator (and the two-process spec) can tell who listens (CLIENT LIST).
  transport = new RedisBusTransport(
    { ...redisConfig.connections.main, connectionName: `marquee-revocations-${process.pid}` },
    PUBLISH_TIMEOUT_MS,
    logger
  )
  transport.setId(randomUUID())
  const subscribed = transport.subscribe(REVOCATIONS_CHANNEL, (payload) => {
    const revocation = asRevocation(payload)
    if (revocation) verifiedTokens.drop(revocation)
  })
  // Tokens verified before a reconnect may have been revoked while the subscriber was away.
  transport.onReconnect(() => verifiedTokens.clear())
  await withTimeout(subscribed, SUBSCRIBE_WAIT_MS).catch(() => {})
}

export async function stopListening() {
  await transport?.disconnect()
  transport = undefined
}
