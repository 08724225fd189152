import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import redis from '@adonisjs/redis/services/main'
import AppException from '#exceptions/app_exception'
import CacheService from '#platform/cache/cache_service'
import { CACHE_PREFIX, type CacheFamily } from '#config/cache'
import { UserFactory } from '#database/factories/user_factory'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { freePort, run, startServer } from '#tests/support/child_app'
import { PrivateRedis } from '#tests/support/private_redis'
import type { Json } from '#tests/support/json'
import { waitFor } from '#tests/support/wait'

const unique = () => `t${randomBytes(6).toString('hex')}`

async function familyStats(cache: CacheService, family: CacheFamily) {
  return (await cache.stats()).families[family]
}

test.group('operations / cache helper', () => {
  test('a miss runs the factory; a hit returns the stored value with its first computedAt', async ({
    assert,
  }) => {
    const cache = new CacheService()
    const key = unique()
    const before = await familyStats(cache, 'feeds')
    let calls = 0

    const first = await cache.remember('feeds', key, () => ({ call: ++calls }))
    await sleep(10)
    const second = await cache.remember('feeds', key, () => ({ call: ++calls }))

    assert.equal(calls, 1)
    assert.deepEqual(second, first)
    assert.deepEqual(first.value, { call: 1 })
    assert.equal(new Date(first.computedAt).toISOString(), first.computedAt)
    assert.closeTo(Date.parse(first.computedAt), Date.now(), 5000)

    const after = await familyStats(cache, 'feeds')
    assert.equal(after.ttl, '5m')
    assert.equal(after.misses - before.misses, 1)
    assert.equal(after.hits - before.hits, 1)
    assert.isAbove(after.hitRatio!, 0)
  })

  test('concurrent misses of one key run the factory once (stampede protection)', async ({
    assert,
  }) => {
    const cache = new CacheService()
    const key = unique()
    const before = await familyStats(cache, 'trending')
    let calls = 0
    const factory = async () => {
      calls++
      await sleep(50)
      return [1, 2, 3]
    }

    const answers = await Promise.all(
      Array.from({ length: 10 }, () => cache.remember('trending', key, factory))
    )

    assert.equal(calls, 1)
    assert.lengthOf(new Set(answers.map((answer) => answer.computedAt)), 1)
    const after = await familyStats(cache, 'trending')
    assert.equal(after.misses - before.misses, 1)
    assert.equal(after.hits - before.hits, 9)
  })

  test('the value is stored in Redis (L2) under the family prefix', async ({ assert }) => {
    const cache = new CacheService()
    const key = unique()
    await cache.remember('profiles', key, () => 'stored')
    assert.equal(await redis.connection('main').exists(`${CACHE_PREFIX}:profiles:${key}`), 1)
    const stats = await cache.stats()
    assert.equal(stats.scope, 'cluster')
    assert.isAtLeast(stats.families.profiles.keys!, 1)
  })

  test('invalidating a tag recomputes the entries with that tag and no others', async ({
    assert,
  }) => {
    const cache = new CacheService()
    const [tagA, tagB] = [unique(), unique()]
    const calls = { a: 0, b: 0 }
    const rememberA = () =>
      cache.remember('search', `${tagA}-key`, () => ++calls.a, { tags: [tagA] })
    const rememberB = () =>
      cache.remember('search', `${tagB}-key`, () => ++calls.b, { tags: [tagB] })

    const firstA = await rememberA()
    await rememberB()
    await sleep(5)
    await cache.invalidateTags([tagA])

    const secondA = await rememberA()
    const secondB = await rememberB()
    assert.deepEqual(calls, { a: 2, b: 1 })
    assert.equal(secondA.value, 2)
    assert.isAbove(Date.parse(secondA.computedAt), Date.parse(firstA.computedAt))
    assert.equal(secondB.value, 1)
  })

  test('forget drops one entry, clear drops every entry', async ({ assert }) => {
    const cache = new CacheService()
    const [one, two] = [unique(), unique()]
    let calls = 0
    await cache.remember('product', one, () => ++calls)
    await cache.remember('product', two, () => ++calls)

    await cache.forget('product', one)
    assert.equal((await cache.remember('product', one, () => ++calls)).value, 3)
    assert.equal((await cache.remember('product', two, () => ++calls)).value, 2)

    await cache.clear()
    assert.equal((await cache.remember('product', two, () => ++calls)).value, 4)
  })

  test('a failing factory throws its own error and caches nothing', async ({ assert }) => {
    const cache = new CacheService()
    const key = unique()
    const failure = AppException.notFound('Thing')
    const thrown = await cache
      .remember('product', key, () => Promise.reject(failure))
      .catch((error) => error)
    assert.strictEqual(thrown, failure)
    assert.equal((await cache.remember('product', key, () => 'now it works')).value, 'now it works')
  })
})

test.group('operations / cached influencer directory', (group) => {
  isolate(group)

  function influencer(niche: string, reach: number) {
    return UserFactory.apply('influencer')
      .with('influencerProfile', 1, (profile) => profile.merge({ niche, reach }))
      .create()
  }

  test('the page says when it was computed; a repeated request is served from the cache', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const niche = unique()
    const first = await influencer(niche, 5000)

    const miss = await client.get('/api/v1/influencers').qs({ niche }).bearerToken(brand.token)
    miss.assertStatus(200)
    const { computedAt, ...pageMeta } = miss.body().meta
    assert.deepEqual(pageMeta, { page: 1, perPage: 20, total: 1, lastPage: 1 })
    assert.closeTo(Date.parse(computedAt), Date.now(), 10_000)

    // Created without going through a service: the cached page does not know about it yet.
    await influencer(niche, 9000)
    const hit = await client
      .get('/api/v1/influencers')
      .qs({ niche: niche.toUpperCase(), page: 1 })
      .bearerToken(brand.token)
    hit.assertStatus(200)
    assert.equal(hit.body().meta.computedAt, computedAt)
    assert.deepEqual(
      hit.body().data.map((u: { id: number }) => u.id),
      [first.id]
    )
  })

  test('authorization runs before the cache: a cached page is still refused to who may not browse', async ({
    client,
  }) => {
    const brand = await actor('sponsor')
    const niche = unique()
    await influencer(niche, 100)
    ;(await client.get('/api/v1/influencers').qs({ niche }).bearerToken(brand.token)).assertStatus(
      200
    )

    for (const persona of ['pendingSponsor', 'shopper', 'influencer'] as const) {
      const { token } = await actor(persona)
      const res = await client.get('/api/v1/influencers').qs({ niche }).bearerToken(token)
      res.assertStatus(403)
      res.assertBodyContains({ errors: [{ code: 'E_FORBIDDEN' }] })
    }
    ;(await client.get('/api/v1/influencers').qs({ niche })).assertStatus(401)
  })

  test('an influencer going private, or being blocked by an admin, leaves the cached directory at once', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const admin = await actor('admin')
    const niche = unique()
    const going = await actor('influencer')
    await going.user.related('influencerProfile').updateOrCreate({}, { niche, reach: 3000 })
    const blocked = await influencer(niche, 2000)
    const staying = await influencer(niche, 1000)
    const ids = async () => {
      const res = await client.get('/api/v1/influencers').qs({ niche }).bearerToken(brand.token)
      res.assertStatus(200)
      return res.body().data.map((u: { id: number }) => u.id)
    }
    assert.deepEqual(await ids(), [going.user.id, blocked.id, staying.id])

    const privacy = await client
      .patch('/api/v1/auth/me')
      .bearerToken(going.token)
      .json({ privacy: { profileVisibility: 'private' } })
    privacy.assertStatus(200)
    assert.deepEqual(await ids(), [blocked.id, staying.id])

    const block = await client
      .post(`/api/v1/admin/users/${blocked.id}/block`)
      .bearerToken(admin.token)
      .json({ reason: 'bought followers' })
    block.assertStatus(200)
    assert.deepEqual(await ids(), [staying.id])
  })

  test('a profile change shows on the next read', async ({ client, assert }) => {
    const brand = await actor('sponsor')
    const niche = unique()
    const creator = await actor('influencer', { fullName: 'Before Rename' })
    await creator.user.related('influencerProfile').updateOrCreate({}, { niche, reach: 10 })
    const read = async () =>
      (await client.get('/api/v1/influencers').qs({ niche }).bearerToken(brand.token)).body()
    const before = await read()
    assert.equal(before.data[0].fullName, 'Before Rename')

    await sleep(5)
    const res = await client
      .patch('/api/v1/auth/me')
      .bearerToken(creator.token)
      .json({ fullName: 'After Rename', influencerProfile: { reach: 20 } })
    res.assertStatus(200)
    const after = await read()
    assert.equal(after.data[0].fullName, 'After Rename')
    assert.isAbove(Date.parse(after.meta.computedAt), Date.parse(before.meta.computedAt))
    assert.isTrue(DateTime.fromISO(after.meta.computedAt).isValid)
  })
})

/** The private Redis the tests kill and restart. */
const privateRedis = new PrivateRedis(6393)
/** Nothing listens here: a development server started with it runs on memory stores. */
const DEAD_REDIS_PORT = 6394
const deadRedis = new PrivateRedis(DEAD_REDIS_PORT)

/** HTTP client of one child app server. */
function api(base: string) {
  const call = async (method: string, path: string, token?: string, json?: unknown) => {
    const started = performance.now()
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(json ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: json ? JSON.stringify(json) : undefined,
    })
    return { status: res.status, body: (await res.json()) as Json, ms: performance.now() - started }
  }
  return {
    call,
    redisReady: async () => (await fetch(`${base}/health/redis`)).status === 200,
    async login(email: string) {
      const res = await call('POST', '/auth/login', undefined, { email, password: DEMO_PASSWORD })
      if (res.status !== 200)
        throw new Error(`login of ${email}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.data.tokens.accessToken as string
    },
    /** The directory page for `query`; anything but a 200 fails the test. */
    async directory(query: string, token: string) {
      const res = await call('GET', `/influencers?${query}`, token)
      if (res.status !== 200)
        throw new Error(`GET /influencers?${query}: ${res.status} ${JSON.stringify(res.body)}`)
      const names: string[] = res.body.data.map((u: { fullName: string }) => u.fullName)
      return { names, computedAt: res.body.meta.computedAt as string, ms: res.ms }
    },
  }
}

/**
 * Real app processes on SQLite (seeded once by `db:seed`, copied per test) and
 * a private redis-server (port 6393) that the tests kill and restart. Every
 * process a test starts is stopped by its cleanup, failed assertions or not.
 */
test.group('operations / cache across processes and Redis outages', (group) => {
  let dir: string
  let seeded: string
  const baseEnv = {
    NODE_ENV: 'development',
    DB_CONNECTION: 'sqlite',
    HOST: '127.0.0.1',
    MAIL_CATCHER: 'false',
  }

  group.setup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marquee-cache-'))
    seeded = join(dir, 'seeded.sqlite3')
    const env = { ...baseEnv, SQLITE_FILE: seeded, REDIS_PORT: String(DEAD_REDIS_PORT) }
    for (const args of [
      ['ace.js', 'migration:run', '--force'],
      ['ace.js', 'db:seed'],
    ]) {
      const result = await run(args, env, 90_000)
      if (result.code !== 0) throw new Error(`${args.join(' ')} failed:\n${result.output}`)
    }
    return () => rmSync(dir, { recursive: true, force: true })
  })

  /** Processes of one test; `stop` ends the app servers first, then Redis. */
  function processes(cleanup: (fn: () => Promise<void>) => void) {
    const database = join(dir, `${unique()}.sqlite3`)
    copyFileSync(seeded, database)
    const servers: ReturnType<typeof startServer>[] = []
    cleanup(async () => {
      await Promise.all(servers.map((server) => Promise.race([server.stop(), sleep(15_000)])))
      await privateRedis.kill()
    })
    return {
      startRedis: () => privateRedis.start(),
      killRedis: () => privateRedis.kill(),
      async startApp(redisPort = privateRedis.port) {
        const port = await freePort()
        const server = startServer({
          ...baseEnv,
          SQLITE_FILE: database,
          REDIS_PORT: String(redisPort),
          PORT: String(port),
        })
        servers.push(server)
        await server.ready
        return api(`http://127.0.0.1:${port}`)
      },
    }
  }

  test('two app processes share entries through Redis, and an invalidation reaches the other one at once', async ({
    assert,
    cleanup,
  }) => {
    assert.isFalse(await privateRedis.up(), `port ${privateRedis.port} is already taken`)
    const procs = processes(cleanup)
    await procs.startRedis()
    const [first, second] = await Promise.all([procs.startApp(), procs.startApp()])
    // A process serves from the database until its Redis connection is up; this test is about two connected ones.
    await waitFor(async () => (await first.redisReady()) && second.redisReady(), {
      what: 'both processes to reach Redis',
      timeoutMs: 30_000,
      intervalMs: 100,
      ignoreErrors: true,
    })
    const brand = await first.login('brand.lumen@marquee.local')

    const computed = await first.directory('niche=beauty', brand)
    assert.deepEqual(computed.names, ['Maya Chen'])
    // A hit checks the entry's tag, so `first` now also holds the tag's state in memory.
    assert.equal((await first.directory('niche=beauty', brand)).computedAt, computed.computedAt)
    const shared = await second.directory('niche=beauty', brand)
    assert.equal(
      shared.computedAt,
      computed.computedAt,
      'the second process should read the entry from Redis'
    )
    // Both processes count into one Redis hash: the miss and hit of the first, the hit of the second.
    await waitFor(
      async () => {
        const counters = await privateRedis.with((client) => client.hgetall('marquee:cache-stats'))
        return counters['search:misses'] === '1' && counters['search:hits'] === '2'
      },
      {
        what: 'the hit/miss counters of both processes in Redis',
        timeoutMs: 5000,
        intervalMs: 100,
        ignoreErrors: true,
      }
    )

    const maya = await second.login('creator.maya@marquee.local')
    const goPrivate = await second.call('PATCH', '/auth/me', maya, {
      privacy: { profileVisibility: 'private' },
    })
    assert.equal(goPrivate.status, 200)

    // Only the bus can tell `first` (its memory says the tag is untouched); without it the page stays 5 min.
    const after = await waitFor(
      async () => {
        const page = await first.directory('niche=beauty', brand)
        return page.names.length === 0 && page
      },
      {
        what: 'the first process to drop the private profile',
        timeoutMs: 5000,
        intervalMs: 100,
        ignoreErrors: true,
      }
    )
    assert.isAbove(Date.parse(after.computedAt), Date.parse(computed.computedAt))
  }).timeout(120_000)

  test('the cached directory keeps answering through a Redis outage and uses Redis again after it', async ({
    assert,
    cleanup,
  }) => {
    assert.isFalse(await privateRedis.up(), `port ${privateRedis.port} is already taken`)
    const procs = processes(cleanup)
    await procs.startRedis()
    const app = await procs.startApp()
    const brand = await app.login('brand.lumen@marquee.local')

    const miss = await app.directory('niche=beauty', brand)
    assert.deepEqual(miss.names, ['Maya Chen'])
    assert.lengthOf(await privateRedis.keys(`${CACHE_PREFIX}:search:influencers?*niche=beauty*`), 1)
    const hit = await app.directory('niche=beauty', brand)
    assert.equal(hit.computedAt, miss.computedAt)

    await procs.killRedis()

    const stale = await app.directory('niche=beauty', brand)
    assert.deepEqual(stale.names, ['Maya Chen'])
    assert.equal(stale.computedAt, miss.computedAt, 'a hit in memory while Redis is down')
    const fresh = await app.directory('niche=fitness', brand)
    assert.deepEqual(fresh.names, ['Jonas Berg'])
    assert.isAbove(Date.parse(fresh.computedAt), Date.parse(miss.computedAt))
    assert.isBelow(fresh.ms, 3000, 'a miss during the outage waited too long for Redis')
    assert.equal((await app.directory('niche=fitness', brand)).computedAt, fresh.computedAt)

    await procs.startRedis()
    // Every request succeeds meanwhile; each is a new key, so a key in the empty Redis proves L2 is back.
    let minReach = 0
    await waitFor(
      async () => {
        const answer = await app.directory(`niche=travel&minReach=${++minReach}`, brand)
        assert.deepEqual(answer.names, ['Amara Okafor'])
        const keys = await privateRedis.keys(`${CACHE_PREFIX}:search:*`).catch(() => [])
        const counters = await privateRedis.keys('marquee:cache-stats').catch(() => [])
        return keys.length > 0 && counters.length > 0
      },
      { what: 'the cache to use Redis again', timeoutMs: 30_000, intervalMs: 250 }
    )
    assert.deepEqual((await app.directory('niche=beauty', brand)).names, ['Maya Chen'])
  }).timeout(120_000)

  test('without Redis (development) the directory is cached in process memory', async ({
    assert,
    cleanup,
  }) => {
    assert.isFalse(await deadRedis.up(), `something listens on port ${DEAD_REDIS_PORT}`)
    const app = await processes(cleanup).startApp(DEAD_REDIS_PORT)
    const brand = await app.login('brand.trailhead@marquee.local')
    const miss = await app.directory('sort=name', brand)
    assert.deepEqual(miss.names, ['Amara Okafor', 'Jonas Berg', 'Maya Chen'])
    const hit = await app.directory('sort=name&page=1&perPage=20', brand)
    assert.equal(hit.computedAt, miss.computedAt)
  }).timeout(120_000)
})
