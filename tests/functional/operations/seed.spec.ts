import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { Queue } from 'bullmq'
import AuditLog from '#models/audit_log'
import { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { QUEUE_NAMES, queueConnection } from '#platform/queue/config'
import SeedRunner from '#platform/seeding/seed_runner'
import { DEMO_ACCOUNTS } from '#platform/seeding/demo_accounts'
import { DEMO_CATEGORY_SLUGS, DEMO_CONTENT } from '#services/operations/demo_content'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import CacheService from '#platform/cache/cache_service'
import {
  categorySlugPrefix,
  powerUserEmail,
  SEED_EMAIL_DOMAIN,
  type BulkProfile,
} from '#platform/seeding/profiles'
import { actor } from '#tests/support/auth'
import { run, startServer } from '#tests/support/child_app'
import { isolate } from '#tests/support/hooks'
import { waitFor } from '#tests/support/wait'
import { migratedSqlite } from '#tests/support/sqlite'
import type { ErrorBody, Json } from '#tests/support/json'

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

/** Reads the task until it finishes, recording every progress value seen on the way. */
async function followTask(client: ApiClient, token: string, taskId: string, timeoutMs = 30_000) {
  const seen: number[] = []
  const task = await waitFor(
    async () => {
      const res = await client.get(`${ADMIN}/tasks/${taskId}`).bearerToken(token)
      res.assertStatus(200)
      const read = res.body().data
      if (seen.at(-1) !== read.progress) seen.push(read.progress)
      return read
    },
    {
      what: `task ${taskId} to finish`,
      until: (read) => read.state === 'completed' || read.state === 'failed',
      timeoutMs,
      intervalMs: 15,
    }
  )
  return { task, seen }
}

/** Rows a bulk profile wrote, counted in the database (on `connection`, the primary one by default). */
async function countSeeded(profile: BulkProfile, connection?: string) {
  const client = db.connection(connection)
  const count = async (query: Json) => Number((await query.count('* as total').first()).total)
  const users = () =>
    client.from('users').select('id').where('email', 'like', `${profile}.%@${SEED_EMAIL_DOMAIN}`)
  const categories = () =>
    client
      .from('categories')
      .select('id')
      .where('slug', 'like', `${categorySlugPrefix(profile)}%`)
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
  const categories = await client
    .from('categories')
    .where('slug', 'like', `${categorySlugPrefix(profile)}%`)
    .select('id', 'path')
  await client
    .from('products')
    .whereIn(
      'category_id',
      categories.map((c) => c.id)
    )
    .delete()
  for (const category of categories.sort((a, b) => b.path.length - a.path.length)) {
    await client.from('categories').where('id', category.id).delete()
  }
  await client.from('users').where('email', 'like', `${profile}.%@${SEED_EMAIL_DOMAIN}`).delete()
}

const demoEmails = async () =>
  (await db.from('users').where('email', 'like', '%@marquee.local').select('email')).map(
    (u) => u.email as string
  )

/** The demo content, counted in the database by its owners (the demo accounts) and category slugs. */
async function countDemo(connection?: string) {
  const client = db.connection(connection)
  const count = async (query: Json) => Number((await query.count('* as total').first()).total)
  const users = () => client.from('users').select('id').where('email', 'like', '%@marquee.local')
  const plans = () => client.from('skill_plans').select('id').whereIn('owner_id', users())
  return {
    categories: await count(client.from('categories').whereIn('slug', DEMO_CATEGORY_SLUGS)),
    products: await count(client.from('products').whereIn('brand_id', users())),
    addresses: await count(client.from('addresses').whereIn('user_id', users())),
    campaigns: await count(client.from('campaigns').whereIn('sponsor_id', users())),
    adRequests: await count(client.from('ad_requests').whereIn('sponsor_id', users())),
    skillPlans: await count(plans().clearSelect()),
    planTasks: await count(client.from('plan_tasks').whereIn('plan_id', plans())),
    follows: await count(client.from('follows').whereIn('follower_id', users())),
    planLikes: await count(client.from('plan_likes').whereIn('user_id', users())),
    activities: await count(client.from('activities').whereIn('actor_id', users())),
  }
}

const NOTHING_NEW = Object.fromEntries(Object.keys(DEMO_CONTENT).map((key) => [key, 0]))

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
    assert.containsSubset(task.result, {
      profile: 'demo',
      skipped: false,
      demoAccounts: DEMO_ACCOUNTS,
      demoContent: DEMO_CONTENT,
      rows: null,
      powerUser: null,
    })
    assert.includeMembers(await demoEmails(), [
      'admin@marquee.local',
      'brand.lumen@marquee.local',
      'creator.maya@marquee.local',
      'shopper.sam@marquee.local',
    ])
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: 'creator.maya@marquee.local', password: DEMO_PASSWORD })
    login.assertStatus(200)

    const audit = await AuditLog.query()
      .where({ action: 'seed.run', actor_id: user.id })
      .firstOrFail()
    assert.equal(audit.targetId, 'demo')
    assert.containsSubset(audit.details, { taskId, force: false })
  })

  test('the demo content gives every module something to show; a second run adds nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    const cache = await app.container.make(CacheService)
    // The rows roll back with the test: cached catalogue pages holding them must go too.
    cleanup(() => invalidateCatalogue(cache))
    // A catalogue page cached before seeding must not hide the new products afterwards.
    ;(await client.get('/api/v1/products?perPage=50')).assertStatus(200)

    const runner = await app.container.make(SeedRunner)
    assert.deepEqual((await runner.run('demo')).demoContent, DEMO_CONTENT)
    assert.deepEqual(await countDemo(), DEMO_CONTENT)
    const again = await runner.run('demo')
    assert.deepEqual(again.demoContent, NOTHING_NEW)
    assert.deepEqual(await countDemo(), DEMO_CONTENT)
    // Like counters moved with the likes, once.
    for (const plan of await db
      .from('skill_plans')
      .whereIn(
        'owner_id',
        db.from('users').select('id').where('email', 'like', '%@marquee.local')
      )) {
      const likes = await db
        .from('plan_likes')
        .where('plan_id', plan.id)
        .count('* as total')
        .first()
      assert.equal(Number(plan.likes_count), Number(likes.total), plan.title)
    }

    const login = async (email: string) => {
      const res = await client.post('/api/v1/auth/login').json({ email, password: DEMO_PASSWORD })
      res.assertStatus(200)
      return res.body().data.tokens.accessToken as string
    }
    const sam = await login('shopper.sam@marquee.local')

    const products = await client.get('/api/v1/products?perPage=50').bearerToken(sam)
    products.assertStatus(200)
    const listed = products.body().data as {
      name: string
      price: number
      brandId: number
      featured: boolean
      category: { name: string }
    }[]
    const demoProducts = listed.filter((p) => /^(Lumen|Trailhead) /.test(p.name))
    assert.lengthOf(demoProducts, DEMO_CONTENT.products)
    assert.sameMembers(
      [...new Set(demoProducts.map((p) => p.category.name))],
      ['Skincare', 'Camping', 'Hiking', 'Technology']
    )
    assert.lengthOf(
      demoProducts.filter((p) => p.featured),
      2
    )
    assert.isTrue(demoProducts.every((p) => Number.isInteger(p.price) && p.price > 0))
    const tree = await client.get('/api/v1/product-categories/tree')
    tree.assertStatus(200)
    const roots = (tree.body().data as { name: string; children: { name: string }[] }[]).filter(
      (node) => ['Beauty', 'Outdoor', 'Technology'].includes(node.name)
    )
    assert.deepEqual(
      Object.fromEntries(roots.map((node) => [node.name, node.children.map((c) => c.name).sort()])),
      {
        Beauty: ['Skincare'],
        Outdoor: ['Camping', 'Hiking'],
        Technology: [],
      }
    )

    const addresses = await client.get('/api/v1/addresses').bearerToken(sam)
    addresses.assertStatus(200)
    assert.containsSubset(addresses.body().data, [{ recipient: 'Sam Rivera', isDefault: true }])

    // Sam follows Maya and Jonas: their plans and likes make his feed.
    const feed = await client.get('/api/v1/feed').bearerToken(sam)
    feed.assertStatus(200)
    const items = feed.body().data as {
      verb: string
      actor: { fullName: string }
      plan: { title: string } | null
    }[]
    assert.isNotEmpty(items)
    assert.sameMembers(
      [...new Set(items.map((item) => item.actor.fullName))],
      ['Maya Chen', 'Jonas Berg']
    )
    assert.containsSubset(items, [
      { verb: 'plan.created', plan: { title: 'Five-Minute Skincare Routine' } },
      { verb: 'plan.created', plan: { title: '30-Day Home Strength Plan' } },
      {
        verb: 'plan.liked',
        actor: { fullName: 'Jonas Berg' },
        plan: { title: 'Five-Minute Skincare Routine' },
      },
    ])

    const maya = await login('creator.maya@marquee.local')
    const campaigns = await client.get('/api/v1/campaigns').bearerToken(maya)
    campaigns.assertStatus(200)
    assert.includeMembers(
      campaigns.body().data.map((c: { name: string }) => c.name),
      ['Five-Minute Morning Routine', 'Weekend Trails Challenge']
    )
    const requests = await client.get('/api/v1/ad-requests').bearerToken(maya)
    requests.assertStatus(200)
    assert.containsSubset(requests.body().data, [
      {
        status: 'pending',
        initiatedBy: 'sponsor',
        paymentAmount: 75_000,
        campaign: { name: 'Five-Minute Morning Routine' },
        sponsor: { companyName: 'Lumen Skincare' },
      },
    ])
  }).timeout(30_000)

  test('running the seed again adds only what is missing: approvals, changed passwords and details stay', async ({
    client,
    assert,
  }) => {
    const runner = await app.container.make(SeedRunner)
    await runner.run('demo')
    const login = (email: string, password: string) =>
      client.post('/api/v1/auth/login').json({ email, password })
    const adminLogin = await login('admin@marquee.local', 'marquee-admin-2026')
    adminLogin.assertStatus(200)
    const adminToken = adminLogin.body().data.tokens.accessToken

    // The admin approves the pending brand; Maya and the admin change their passwords; Sam renames himself.
    const nova = await db.from('users').where('email', 'brand.novabyte@marquee.local').firstOrFail()
    ;(await client.post(`${ADMIN}/users/${nova.id}/approve`).bearerToken(adminToken)).assertStatus(
      200
    )
    const maya = await login('creator.maya@marquee.local', DEMO_PASSWORD)
    maya.assertStatus(200)
    const mayaPassword = 'Maya chose a new one 42'
    const changed = await client
      .put('/api/v1/auth/password')
      .bearerToken(maya.body().data.tokens.accessToken)
      .json({ currentPassword: DEMO_PASSWORD, newPassword: mayaPassword })
    assert.oneOf(changed.status(), [200, 204], changed.text())
    const adminPassword = 'Picked by the operator 77'
    const adminChanged = await client
      .put('/api/v1/auth/password')
      .bearerToken(adminToken)
      .json({ currentPassword: 'marquee-admin-2026', newPassword: adminPassword })
    assert.oneOf(adminChanged.status(), [200, 204], adminChanged.text())
    const sam = (await login('shopper.sam@marquee.local', DEMO_PASSWORD)).body().data.tokens
      .accessToken
    ;(
      await client.patch('/api/v1/auth/me').bearerToken(sam).json({ fullName: 'Samuel Rivera' })
    ).assertStatus(200)

    const again = await runner.run('demo')
    assert.equal(again.accountsCreated, 0)
    assert.equal((await db.from('users').where('id', nova.id).firstOrFail()).status, 'active')
    assert.equal(
      (await db.from('users').where('email', 'shopper.sam@marquee.local').firstOrFail()).full_name,
      'Samuel Rivera'
    )
    ;(await login('creator.maya@marquee.local', mayaPassword)).assertStatus(200)
    ;(await login('creator.maya@marquee.local', DEMO_PASSWORD)).assertStatus(401)
    ;(await login('admin@marquee.local', adminPassword)).assertStatus(200)
    ;(await login('admin@marquee.local', 'marquee-admin-2026')).assertStatus(401)
  }).timeout(30_000)

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
    ;(await client.post(`${ADMIN}/seed`).bearerToken(token).json({ profile: 'demo' })).assertStatus(
      403
    )
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
  let categoriesBefore: string[]
  group.setup(async () => {
    demoBefore = await demoEmails()
    categoriesBefore = (
      await db.from('categories').whereIn('slug', DEMO_CATEGORY_SLUGS).select('slug')
    ).map((c) => c.slug as string)
    admin = await actor('admin')
    return async () => {
      await removeSeeded('small')
      const added = (await demoEmails()).filter((email) => !demoBefore.includes(email))
      // Products outlive their brand (brand_id is set null): the demo ones go first, then the demo tree (leaves first).
      await db
        .from('products')
        .whereIn('brand_id', db.from('users').whereIn('email', added).select('id'))
        .delete()
      const categories = await db
        .from('categories')
        .whereIn('slug', DEMO_CATEGORY_SLUGS)
        .whereNotIn('slug', categoriesBefore)
        .select('id', 'path')
      for (const category of categories.sort((a, b) => b.path.length - a.path.length)) {
        await db.from('categories').where('id', category.id).delete()
      }
      await db.from('users').whereIn('email', added).delete()
      await db.from('audit_logs').where('actor_id', admin.user.id).delete()
      await db.from('users').where('id', admin.user.id).delete()
    }
  })

  test('a task reports progress to completion, with the expected rows; a second run skips', async ({
    client,
    assert,
  }) => {
    const started = await client
      .post(`${ADMIN}/seed`)
      .bearerToken(admin.token)
      .json({ profile: 'small' })
    started.assertStatus(202)
    const { task, seen } = await followTask(client, admin.token, started.body().data.taskId)
    assert.equal(task.state, 'completed', JSON.stringify(task))
    assert.equal(task.progress, 100)
    assert.isTrue(
      seen.some((p) => p > 0 && p < 100),
      `progress seen: ${seen}`
    )
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => a - b),
      'progress never goes back'
    )
    assert.containsSubset(task.result, {
      profile: 'small',
      skipped: false,
      powerUser: 'small.power@seed.marquee.test',
      rows: SMALL_ROWS,
    })
    assert.deepEqual(await countSeeded('small'), SMALL_ROWS)
    // Every profile brings the demo content along.
    assert.deepEqual(await countDemo(), DEMO_CONTENT)

    const power = await db.from('users').where('email', powerUserEmail('small')).firstOrFail()
    assert.equal(
      Number(
        (await db.from('follows').where('follower_id', power.id).count('* as total').first()).total
      ),
      50
    )
    // one shared password hash, and it is the demo password
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: 'small.influencer.7@seed.marquee.test', password: DEMO_PASSWORD })
    login.assertStatus(200)

    const again = await client
      .post(`${ADMIN}/seed`)
      .bearerToken(admin.token)
      .json({ profile: 'small' })
    const second = await followTask(client, admin.token, again.body().data.taskId)
    assert.containsSubset(second.task.result, {
      profile: 'small',
      skipped: true,
      rows: null,
      demoContent: NOTHING_NEW,
    })
    assert.deepEqual(await countSeeded('small'), SMALL_ROWS)
    assert.deepEqual(await countDemo(), DEMO_CONTENT)
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
    const report = await runner.run('small', {
      connection: sqlite.name,
      progress: (p) => progress.push(p),
    })
    assert.containsSubset(report, {
      profile: 'small',
      skipped: false,
      rows: SMALL_ROWS,
      demoContent: DEMO_CONTENT,
    })
    assert.deepEqual(await countSeeded('small', sqlite.name), SMALL_ROWS)
    assert.deepEqual(await countDemo(sqlite.name), DEMO_CONTENT)
    assert.equal(progress.at(-1), 100)
    assert.deepEqual(
      progress,
      [...new Set(progress)].sort((a, b) => a - b)
    )
    assert.equal(
      Number((await db.connection(sqlite.name).from('users').count('* as total').first()).total),
      SMALL_ROWS.users + DEMO_ACCOUNTS
    )

    assert.containsSubset(await runner.run('small', { connection: sqlite.name }), {
      skipped: true,
      rows: null,
      demoContent: NOTHING_NEW,
    })
    assert.deepEqual(await countDemo(sqlite.name), DEMO_CONTENT)
    await removeSeeded('small', sqlite.name)
    assert.deepEqual(
      Object.values(await countSeeded('small', sqlite.name)),
      Object.values(SMALL_ROWS).map(() => 0)
    )
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
 * `npm run demo` on the embedded SQLite default, as a person trying the
 * platform runs it: migrate, seed (twice: it is idempotent), start a
 * development server without Redis, and find content in every module.
 */
test.group('operations / the demo flow on SQLite', (group) => {
  let dir: string
  let env: Record<string, string>
  group.setup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marquee-demo-'))
    // Nothing listens on a fresh free port: the app runs on its in-memory stores, as without Redis.
    env = {
      NODE_ENV: 'development',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'demo.sqlite3'),
      REDIS_PORT: String(await freePort()),
      HOST: '127.0.0.1',
    }
    return () => rmSync(dir, { recursive: true, force: true })
  })

  test('migrate, db:seed twice, then the shopper finds products and a feed, the creator campaigns', async ({
    assert,
  }) => {
    const migrated = await run(['ace.js', 'migration:run', '--force'], env)
    assert.equal(migrated.code, 0, migrated.output)
    const seeded = await run(['ace.js', 'db:seed'], env)
    assert.equal(seeded.code, 0, seeded.output)
    assert.include(seeded.output, 'Demo admin: admin@marquee.local / marquee-admin-2026')
    assert.include(
      seeded.output,
      `Demo content: ${DEMO_CONTENT.products} products, ${DEMO_CONTENT.campaigns} campaigns, ${DEMO_CONTENT.skillPlans} skill plans`
    )

    db.manager.add('demo_flow', {
      client: 'better-sqlite3',
      connection: { filename: env.SQLITE_FILE },
      useNullAsDefault: true,
    })
    try {
      assert.deepEqual(await countDemo('demo_flow'), DEMO_CONTENT)
      const reseeded = await run(['ace.js', 'db:seed'], env)
      assert.equal(reseeded.code, 0, reseeded.output)
      assert.deepEqual(await countDemo('demo_flow'), DEMO_CONTENT)
    } finally {
      await db.manager.close('demo_flow', true)
    }

    const port = await freePort()
    const server = startServer({ ...env, PORT: String(port) })
    try {
      await server.ready
      const base = `http://127.0.0.1:${port}/api/v1`
      const call = async (path: string, token?: string, body?: unknown) => {
        const res = await fetch(`${base}${path}`, {
          method: body ? 'POST' : 'GET',
          headers: {
            'content-type': 'application/json',
            'accept': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        })
        return { status: res.status, body: (await res.json()) as Json }
      }
      const login = async (email: string) => {
        const res = await call('/auth/login', undefined, { email, password: DEMO_PASSWORD })
        assert.equal(res.status, 200, JSON.stringify(res.body))
        return res.body.data.tokens.accessToken as string
      }
      const sam = await login('shopper.sam@marquee.local')
      const products = await call('/products', sam)
      assert.equal(products.status, 200)
      assert.equal(products.body.meta.total, DEMO_CONTENT.products)
      const feed = await call('/feed', sam)
      assert.equal(feed.status, 200)
      assert.isNotEmpty(feed.body.data)
      assert.sameMembers(
        [...new Set(feed.body.data.map((item: Json) => item.actor.fullName))],
        ['Maya Chen', 'Jonas Berg']
      )

      const maya = await login('creator.maya@marquee.local')
      const campaigns = await call('/campaigns', maya)
      assert.equal(campaigns.status, 200)
      assert.sameMembers(
        campaigns.body.data.map((c: Json) => c.name),
        ['Five-Minute Morning Routine', 'Weekend Trails Challenge']
      )
    } finally {
      await server.stop()
    }
  }).timeout(120_000)
})

/**
 * A real production process (NODE_ENV=production) on a SQLite file: the
 * refusals come from `app.inProduction`, as they would in a deployment.
 */
test.group('operations / seeding in production', (group) => {
  let dir: string
  let env: Record<string, string>
  const REDIS_DB = 5
  const OPS = 'ops@example.com'
  const OPS_PASSWORD = 'Correct horse battery 9'
  const sqliteUsers = async () => {
    db.manager.add('prod_seed', {
      client: 'better-sqlite3',
      connection: { filename: env.SQLITE_FILE },
      useNullAsDefault: true,
    })
    try {
      return await db.connection('prod_seed').from('users').orderBy('id').select('email', 'role')
    } finally {
      await db.manager.close('prod_seed', true)
    }
  }
  const createAdmin = (password: string, email = OPS) =>
    run(['ace.js', 'admin:create', '--email', email, '--password-stdin'], env, 60_000, password)

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
      APP_URL: 'http://127.0.0.1',
      CORS_ORIGINS: 'http://127.0.0.1',
      AUTH_RATE_LIMIT: '1000',
      AUTH_CLIENT_RATE_LIMIT: '1000',
    }
    const migrated = await run(['ace.js', 'migration:run', '--force'], env)
    if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`)
    return async () => {
      for (const name of QUEUE_NAMES) {
        const queue = new Queue(name, {
          connection: { ...queueConnection(), db: REDIS_DB },
          prefix: env.QUEUE_PREFIX,
        })
        await queue.obliterate({ force: true })
        await queue.close()
      }
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('db:seed refuses, creates no account, and points to admin:create', async ({ assert }) => {
    const refused = await run(['ace.js', 'db:seed'], env)
    assert.equal(refused.code, 1, refused.output)
    assert.include(refused.output, 'refused in production')
    assert.include(refused.output, 'node ace admin:create')
    assert.lengthOf(await sqliteUsers(), 0)
  }).timeout(60_000)

  test('admin:create refuses weak passwords, creates the admin once, and never changes an existing account', async ({
    assert,
  }) => {
    for (const weak of ['short', 'password123', 'ops-example-2026-x']) {
      const refused = await createAdmin(weak)
      assert.equal(refused.code, 1, refused.output)
      assert.match(refused.output, /password: /)
    }
    const missing = await run(['ace.js', 'admin:create', '--email', OPS], env)
    assert.equal(missing.code, 1, missing.output)
    assert.include(missing.output, '--password-stdin')
    assert.lengthOf(await sqliteUsers(), 0)

    const created = await createAdmin(`${OPS_PASSWORD}\n`)
    assert.equal(created.code, 0, created.output)
    assert.include(created.output, `Admin ${OPS} created`)
    const again = await createAdmin('Another strong secret 8', 'Ops@Example.com')
    assert.equal(again.code, 0, again.output)
    assert.include(again.output, 'nothing was changed')
    assert.deepEqual(await sqliteUsers(), [{ email: OPS, role: 'admin' }])
  }).timeout(120_000)

  test('marquee:seed needs --force; it creates no admin, and its accounts get a random password shown once', async ({
    assert,
  }) => {
    const refused = await run(['ace.js', 'marquee:seed', '--profile', 'demo'], env)
    assert.equal(refused.code, 1, refused.output)
    assert.include(refused.output, 'refused in production')

    const seeded = await run(['ace.js', 'marquee:seed', '--profile', 'demo', '--force'], env)
    assert.equal(seeded.code, 0, seeded.output)
    const password = seeded.output.match(
      /accounts created with the password (\S+) \(shown once/
    )?.[1]
    assert.isDefined(password, seeded.output)
    assert.notEqual(password, DEMO_PASSWORD)
    const users = await sqliteUsers()
    assert.notInclude(
      users.map((u) => u.email),
      'admin@marquee.local'
    )
    assert.includeMembers(
      users.map((u) => u.email),
      ['creator.maya@marquee.local', 'brand.novabyte@marquee.local']
    )

    const port = await freePort()
    const server = startServer({ ...env, PORT: String(port) })
    try {
      await server.ready
      const base = `http://127.0.0.1:${port}/api/v1`
      const post = (path: string, body: unknown, token?: string) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'accept': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        })
      assert.equal(
        (
          await post('/auth/login', {
            email: 'creator.maya@marquee.local',
            password: DEMO_PASSWORD,
          })
        ).status,
        401
      )
      assert.equal(
        (
          await post('/auth/login', {
            email: 'admin@marquee.local',
            password: 'marquee-admin-2026',
          })
        ).status,
        401
      )
      assert.equal(
        (await post('/auth/login', { email: 'creator.maya@marquee.local', password })).status,
        200
      )

      // The admin made with admin:create seeds through the API only when forced.
      const login = await post('/auth/login', { email: OPS, password: OPS_PASSWORD })
      assert.equal(login.status, 200)
      const token = ((await login.json()) as Json).data.tokens.accessToken
      const apiRefused = await post('/admin/seed', { profile: 'demo' }, token)
      assert.equal(apiRefused.status, 403)
      assert.equal(((await apiRefused.json()) as ErrorBody).errors[0].code, 'E_SEED_IN_PRODUCTION')
      const forced = await post('/admin/seed', { profile: 'demo', force: true }, token)
      assert.equal(forced.status, 202)
      const { taskId } = ((await forced.json()) as Json).data
      const task = await fetch(`${base}/admin/tasks/${taskId}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      })
      assert.equal(task.status, 200)
      assert.equal(((await task.json()) as Json).data.name, 'seed')
    } finally {
      await server.stop()
    }

    // A second forced run adds nothing and changes no password.
    const reseeded = await run(['ace.js', 'marquee:seed', '--profile', 'demo', '--force'], env)
    assert.equal(reseeded.code, 0, reseeded.output)
    assert.include(reseeded.output, 'no account created')
  }).timeout(150_000)
})
