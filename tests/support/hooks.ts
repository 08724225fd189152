import testUtils from '@adonisjs/core/services/test_utils'
import redis from '@adonisjs/redis/services/main'
import type { Group } from '@japa/runner/core'
import app from '@adonisjs/core/services/app'
import { LIMITER_PREFIX } from '#config/limiter'
import FeedCache from '#services/community/feed_cache'
import { deleteMatching } from '#tests/support/redis_keys'

/** Deletes rate-limit counters only (FLUSHDB would also wipe queues and cache). */
async function clearRateLimits() {
  await deleteMatching(redis, `${LIMITER_PREFIX}*`)
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
