import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { Queue } from 'bullmq'
import AuditLog from '#models/audit_log'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { QUEUE_NAMES, queueConnection } from '#services/operations/queue/config'
import SeedRunner from '#services/operations/seeding/seed_runner'
import { DEMO_ACCOUNTS } from '#services/operations/seeding/demo_accounts'
import { categorySlugPrefix, powerUserEmail, SEED_EMAIL_DOMAIN, type BulkProfile } from '#services/operations/seeding/profiles'
import { actor } from '#tests/support/auth'
import { run, startServer } from '#tests/support/child_app'
import { isolate } from '#tests/support/hooks'
import { migratedSqlite } from '#tests/support/sqlite'

const ADMIN = '/api/v1/admin'

/**
 * What `small` adds to the demo accounts, counted from its sizes
 * (profiles.ts): 20 sponsors + 80 creators + 100 shoppers; the power user
 * follows 50 creators and the 99 other shoppers 3 each; likes fill the 2,000
 * activities left after 100 plans created and 347 follows.
 */
const SMALL_ROWS = {
  users: 200,
  sponsorProfiles: 20,
  influencerProfiles: 80,
  campaigns: 20,
  adRequests: 60,
  skillPlans: 100,
  planTasks: 300,
  follows: 347,
  planLikes: 1553,
  activities: 2000,
  categories: 12,
  products: 200,
}

/** Polls the task until it finishes, recording every progress value seen on the way. */
async function followTask(client: ApiClient, token: string, taskId: string, timeoutMs = 30_000) {
  const seen: number[] = []
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const res = await client.get(`${ADMIN}/tasks/${taskId}`).bearerToken(token)
    res.assertStatus(200)
    const task = res.body().data
    if (seen.at(-1) !== task.progress) seen.push(task.progress)
    if (task.state === 'completed' || task.state === 'failed') return { task, seen }
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${task.state} after ${timeoutMs} ms`)
    await sleep(15)
  }
}

/** Rows a bulk profile wrote, counted in the database (on `connection`, the primary one by default). */
async function countSeeded(profile: BulkProfile, connection?: string) {
  const client = db.connection(connection)
  const count = async (query: any) => Number((await query.count('* as total').first()).total)
  const users = () => client.from('users').select('id').where('email', 'like', `${profile}.%@${SEED_EMAIL_DOMAIN}`)
  const categories = () => client.from('categories').select('id').where('slug', 'like', `${categorySlugPrefix(profile)}%`)
  const plans = () => client.from('skill_plans').select('id').whereIn('owner_id', users())
  return {
    users: await count(users().clearSelect()),
    sponsorProfiles: await count(client.from('sponsor_profiles').whereIn('user_id', users())),
    influencerProfiles: await count(client.from('influencer_profiles').whereIn('user_id', users())),
    campaigns: await count(client.from('campaigns').whereIn('sponsor_id', users())),
    adRequests: await count(client.from('ad_requests').whereIn('sponsor_id', users())),
    skillPlans: await count(plans().clearSelect()),
    planTasks: await count(client.from('plan_tasks').whereIn('plan_id', plans())),
    follows: await count(client.from('follows').whereIn('follower_id', users())),
    planLikes: await count(client.from('plan_likes').whereIn('plan_id', plans())),
    activities: await count(client.from('activities').whereIn('actor_id', users())),
    categories: await count(categories().clearSelect()),
    products: await count(client.from('products').whereIn('category_id', categories())),
  }
}

/** Deletes a bulk profile: its products and categories (leaves first), then its users, whose rows cascade. */
async function removeSeeded(profile: BulkProfile, connection?: string) {
  const client = db.connection(connection)
  const categories = await client.from('categories').where('slug', 'like', `${categorySlugPrefix(profile)}%`).select('id', 'path')
  await client.from('products').whereIn('category_id', categories.map((c) => c.id)).delete()
  for (const category of categories.sort((a, b) => b.path.length - a.path.length)) {
    await client.from('categories').where('id', category.id).delete()
  }
  await client.from('users').where('email', 'like', `${profile}.%@${SEED_EMAIL_DOMAIN}`).delete()
}

const demoEmails = async () => (await db.from('users').where('email', 'like', '%@marquee.local').select('email')).map((u) => u.email as string)

test.group('operations / seeding API', (group) => {
  isolate(group)

  test('the demo profile runs as a task that reports its result', async ({ client, assert }) => {
    const { user, token } = await actor('admin')
    const res = await client.post(`${ADMIN}/seed`).bearerToken(token).json({ profile: 'demo' })
    res.assertStatus(202)
    const { taskId } = res.body().data
    assert.match(taskId, /^default:/)

    const { task } = await followTask(client, token, taskId)
    assert.equal(task.state, 'completed', JSON.stringify(task))
    assert.equal(task.name, 'seed')
    assert.equal(task.progress, 100)
    assert.containsSubset(task.result, { profile: 'demo', skipped: false, demoAccounts: DEMO_ACCOUNTS, rows: null, powerUser: null })
    assert.includeMembers(await demoEmails(), ['admin@marquee.local', 'brand.lumen@marquee.local', 'creator.maya@marquee.local', 'shopper.sam@marquee.local'])
    const login = await client.post('/api/v1/auth/login').json({ email: 'creator.maya@marquee.local', password: DEMO_PASSWORD })
    login.assertStatus(200)

    const audit = await AuditLog.query().where({ action: 'seed.run', actor_id: user.id }).firstOrFail()
    assert.equal(audit.targetId, 'demo')
    assert.containsSubset(audit.details, { taskId, force: false })
  })

  test('unknown profiles and malformed bodies are refused with 422', async ({ client, assert }) => {
    const { token } = await actor('admin')
    for (const body of [{ profile: 'huge' }, {}, { profile: 'small', force: 'please' }]) {
      const res = await client.post(`${ADMIN}/seed`).bearerToken(token).json(body)
      assert.equal(res.status(), 422, JSON.stringify(body))
      assert.equal(res.body().errors[0].code, 'E_VALIDATION_ERROR')
    }
    assert.lengthOf(await AuditLog.query().where('action', 'seed.run'), 0)
  })

  test('is for admins only', async ({ client }) => {
    const { token } = await actor('influencer')
    ;(await client.post(`${ADMIN}/seed`).bearerToken(token).json({ profile: 'demo' })).assertStatus(403)
    ;(await client.post(`${ADMIN}/seed`).json({ profile: 'demo' })).assertStatus(401)
  })
})

/**
 * Not in a test transaction: the job commits from the suite's worker, so the
 * group deletes what it created (seeded users, their cascades, the category
 * tree and products, demo accounts that were not there before).
 */
test.group('operations / seeding the small profile on PostgreSQL', (group) => {
  let admin: Awaited<ReturnType<typeof actor>>
  let demoBefore: string[]
  group.setup(async () => {
    demoBefore = await demoEmails()
    admin = await actor('admin')
    return async () => {
      await removeSeeded('small')
      const added = (await demoEmails()).filter((email) => !demoBefore.includes(email))
      await db.from('users').whereIn('email', added).delete()
      await db.from('audit_logs').where('actor_id', admin.user.id).delete()
      await db.from('users').where('id', admin.user.id).delete()
    }
  })

  test('a task reports progress to completion, with the expected rows; a second run skips', async ({ client, assert }) => {
    const started = await client.post(`${ADMIN}/seed`).bearerToken(admin.token).json({ profile: 'small' })
    started.assertStatus(202)
    const { task, seen } = await followTask(client, admin.token, started.body().data.taskId)
    assert.equal(task.state, 'completed', JSON.stringify(task))
    assert.equal(task.progress, 100)
    assert.isTrue(seen.some((p) => p > 0 && p < 100), `progress seen: ${seen}`)
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'progress never goes back')
    assert.containsSubset(task.result, { profile: 'small', skipped: false, powerUser: 'small.power@seed.marquee.test', rows: SMALL_ROWS })
    assert.deepEqual(await countSeeded('small'), SMALL_ROWS)

    const power = await db.from('users').where('email', powerUserEmail('small')).firstOrFail()
    assert.equal(Number((await db.from('follows').where('follower_id', power.id).count('* as total').first()).total), 50)
    // one shared password hash, and it is the demo password
    const login = await client.post('/api/v1/auth/login').json({ email: 'small.influencer.7@seed.marquee.test', password: DEMO_PASSWORD })
    login.assertStatus(200)

    const again = await client.post(`${ADMIN}/seed`).bearerToken(admin.token).json({ profile: 'small' })
    const second = await followTask(client, admin.token, again.body().data.taskId)
    assert.containsSubset(second.task.result, { profile: 'small', skipped: true, rows: null })
    assert.deepEqual(await countSeeded('small'), SMALL_ROWS)
  }).timeout(60_000)
})

test.group('operations / seeding on SQLite', (group) => {
  let sqlite: Awaited<ReturnType<typeof migratedSqlite>>
  group.setup(async () => {
    sqlite = await migratedSqlite()
    return () => sqlite.close()
  })

  test('the same runner seeds the small profile on an embedded SQLite file', async ({ assert }) => {
    const runner = await app.container.make(SeedRunner)
    const progress: number[] = []
    const report = await runner.run('small', { connection: sqlite.name, progress: (p) => progress.push(p) })
    assert.containsSubset(report, { profile: 'small', skipped: false, rows: SMALL_ROWS })
    assert.deepEqual(await countSeeded('small', sqlite.name), SMALL_ROWS)
    assert.equal(progress.at(-1), 100)
    assert.deepEqual(progress, [...new Set(progress)].sort((a, b) => a - b))
    assert.equal(Number((await db.connection(sqlite.name).from('users').count('* as total').first()).total), SMALL_ROWS.users + DEMO_ACCOUNTS)

    assert.containsSubset(await runner.run('small', { connection: sqlite.name }), { skipped: true, rows: null })
    await removeSeeded('small', sqlite.name)
    assert.deepEqual(Object.values(await countSeeded('small', sqlite.name)), Object.values(SMALL_ROWS).map(() => 0))
  }).timeout(60_000)
})

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * A real production process (NODE_ENV=production) on a SQLite file: the
 * refusal comes from `app.inProduction`, as it would in a deployment.
 */
test.group('operations / seeding in production', (group) => {
  let dir: string
  let env: Record<string, string>
  const REDIS_DB = 5
  group.setup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marquee-seed-prod-'))
    env = {
      NODE_ENV: 'production',
      APP_KEY: 'a-production-key-of-32-characters!!',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'prod.sqlite3'),
      REDIS_HOST: '127.0.0.1',
      REDIS_PORT: '6379',
      REDIS_DB: String(REDIS_DB),
      QUEUE_PREFIX: `marquee-test-prod-${randomBytes(4).toString('hex')}`,
      HOST: '127.0.0.1',
      AUTH_RATE_LIMIT: '1000',
    }
    const migrated = await run(['ace.js', 'migration:run', '--force'], env)
    if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`)
    return async () => {
      for (const name of QUEUE_NAMES) {
        const queue = new Queue(name, { connection: { ...queueConnection(), db: REDIS_DB }, prefix: env.QUEUE_PREFIX })
        await queue.obliterate({ force: true })
        await queue.close()
      }
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('marquee:seed refuses without --force', async ({ assert }) => {
    const refused = await run(['ace.js', 'marquee:seed', '--profile', 'demo'], env)
    assert.equal(refused.code, 1, refused.output)
    assert.include(refused.output, 'refused in production')
  }).timeout(60_000)

  test('the API answers 403 unless forced', async ({ assert }) => {
    // db:seed itself is unchanged: it writes the demo accounts wherever it runs.
    const seeded = await run(['ace.js', 'db:seed'], env)
    assert.equal(seeded.code, 0, seeded.output)
    const port = await freePort()
    const server = startServer({ ...env, PORT: String(port) })
    try {
      await server.ready
      const base = `http://127.0.0.1:${port}/api/v1`
      const post = (path: string, body: unknown, token?: string) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        })
      const login = await post('/auth/login', { email: 'admin@marquee.local', password: 'marquee-admin-2026' })
      assert.equal(login.status, 200)
      const token = ((await login.json()) as any).data.tokens.accessToken

      const refused = await post('/admin/seed', { profile: 'demo' }, token)
      assert.equal(refused.status, 403)
      assert.equal(((await refused.json()) as any).errors[0].code, 'E_SEED_IN_PRODUCTION')

      const forced = await post('/admin/seed', { profile: 'demo', force: true }, token)
      assert.equal(forced.status, 202)
      const { taskId } = ((await forced.json()) as any).data
      const task = await fetch(`${base}/admin/tasks/${taskId}`, { headers: { accept: 'application/json', authorization: `Bearer ${token}` } })
      assert.equal(task.status, 200)
      assert.equal(((await task.json()) as any).data.name, 'seed')
    } finally {
      await server.stop()
    }
  }).timeout(90_000)
})
