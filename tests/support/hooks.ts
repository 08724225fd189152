import testUtils from '@adonisjs/core/services/test_utils'
import redis from '@adonisjs/redis/services/main'
import type { Group } from '@japa/runner/core'
import app from '@adonisjs/core/services/app'
import { LIMITER_PREFIX } from '#config/limiter'
import FeedCache from '#services/community/feed_cache'

/** Deletes rate-limit counters only (FLUSHDB would also wipe queues and cache). */
async function clearRateLimits() {
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${LIMITER_PREFIX}*`, 'COUNT', 500)
    if (keys.length) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

/**
 * Each test runs in a rolled-back transaction with fresh rate-limit counters
 * and no cached feed page (one would hold rows of an earlier test's rolled-back
 * data, which tests write straight to the tables without the invalidation the
 * services do).
 */
export function isolate(group: Group) {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())
  group.each.setup(async () => (await app.container.make(FeedCache)).dropAll())
}
