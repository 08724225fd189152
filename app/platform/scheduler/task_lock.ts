import { randomUUID } from 'node:crypto'
import redis from '@adonisjs/redis/services/main'
import { redisUp } from '#platform/runtime/redis_state'
import { queuePrefix } from '#platform/queue/queue_service'

/** How long a lock outlives a holder that stopped renewing it (crashed). */
const LOCK_TTL_MS = 60_000
const RENEW_EVERY_MS = LOCK_TTL_MS / 3

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`

/**
 * Locks held by this process while it runs without Redis (development
 * fallback: one process only). One taken before the process switched to
 * Redis still counts after it, so a run started on memory is not overlapped.
 */
const localLocks = new Set<string>()

/**
 * Runs `work` while holding the lock of one scheduled task, so two runs of a
 * task never overlap, whichever server or process starts them. The lock lives
 * in Redis (SET NX with a TTL renewed while the task runs; a crashed holder's
 * lock expires after LOCK_TTL_MS), or in this process while it runs without
 * Redis. Resolves to `null` without running when
 * another run holds the lock.
 */
export async function withTaskLock<T>(
  task: string,
  work: () => Promise<T>
): Promise<{ value: T } | null> {
  const key = `${queuePrefix()}:schedule-lock:${task}`
  if (localLocks.has(key)) return null
  if (!redisUp()) {
    localLocks.add(key)
    try {
      return { value: await work() }
    } finally {
      localLocks.delete(key)
    }
  }
  const token = randomUUID()
  if ((await redis.set(key, token, 'PX', LOCK_TTL_MS, 'NX')) !== 'OK') return null
  const renewal = setInterval(() => {
    redis.eval(RENEW, 1, key, token, String(LOCK_TTL_MS)).catch(() => {})
  }, RENEW_EVERY_MS)
  try {
    return { value: await work() }
  } finally {
    clearInterval(renewal)
    await redis.eval(RELEASE, 1, key, token).catch(() => {})
  }
}
