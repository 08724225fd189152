import testUtils from '@adonisjs/core/services/test_utils'
import redis from '@adonisjs/redis/services/main'
import type { Group } from '@japa/runner/core'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { isPostgres } from '#platform/db/search'
import { LIMITER_PREFIX } from '#config/limiter'
import FeedCache from '#services/community/feed_cache'
import { verifiedTokens } from '#services/identity/verified_tokens'
import { markMailBaseline } from '#tests/support/mail_settled'
import { deleteMatching } from '#tests/support/redis_keys'

/** Deletes rate-limit counters only (FLUSHDB would also wipe queues and cache). */
async function clearRateLimits() {
  await deleteMatching(redis, `${LIMITER_PREFIX}*`)
}

/** Ids each test may take before the next test's start. */
const IDS_PER_TEST = 100_000
let idFloor = 0

/**
 * A rolled-back test also rolls back SQLite's id counters, so the next test
 * would reuse its ids and meet the Redis entries keyed by them (cached
 * resources, queue job ids); PostgreSQL sequences never go back. On SQLite,
 * each test's ids start past every earlier test's (committed before its
 * transaction begins).
 */
async function freshSqliteIds() {
  if (isPostgres()) return
  idFloor += IDS_PER_TEST
  await db.rawQuery(
    "insert into sqlite_sequence (name, seq) select m.name, 0 from sqlite_master m where m.type = 'table' and m.sql like '%autoincrement%' and m.name not in (select name from sqlite_sequence)"
  )
  await db.rawQuery('update sqlite_sequence set seq = max(seq, ?)', [idFloor])
}

/**
 * Each test runs in a rolled-back transaction with fresh rate-limit counters
 * and no cached feed page or remembered access token (one would hold rows of an earlier test's rolled-back
 * data, which tests write straight to the tables without the invalidation the
 * services do).
 */
export function isolate(group: Group) {
  group.each.setup(() => freshSqliteIds())
  // Read before the test's transaction opens: on SQLite a read inside it would hold a lock
  // that keeps the test's child processes (ace commands on the same file) from writing.
  group.each.setup(() => markMailBaseline())
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())
  group.each.setup(async () => (await app.container.make(FeedCache)).dropAll())
  // Remembered tokens may name rows of an earlier test's rolled-back data.
  group.each.setup(() => verifiedTokens.clear())
}
