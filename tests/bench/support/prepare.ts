import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { Redis } from 'ioredis'
import pg from 'pg'
import { CACHE_PREFIX } from '#config/cache'
import {
  ACCOUNTS,
  appEnv,
  BUILD,
  DATABASE,
  database,
  PROFILE,
  redis,
  REDIS_DB,
  ROOT,
  SOURCE,
  SOURCE_REVISION,
  step,
} from '#tests/bench/support/env'
import { runNode } from '#tests/bench/support/processes'
import { deleteMatching } from '#tests/support/redis_keys'

/** A client of the bench database (or another one on the same server); the caller ends it. */
export async function benchDb(name = DATABASE) {
  const client = new pg.Client({ ...database, database: name })
  await client.connect()
  return client
}

async function ensureDatabase() {
  const client = await benchDb('postgres')
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE])
    if (found.rowCount) return 'exists'
    await client.query(`create database "${DATABASE.replace(/"/g, '')}"`)
    return 'created'
  } finally {
    await client.end()
  }
}

/** Row counts of what the scenarios read; VACUUM ANALYZE first so the planner knows the seeded sizes and index-only scans skip the heap (as autovacuum does in production). */
async function dataSet() {
  const client = await benchDb()
  try {
    await client.query('vacuum analyze')
    const { rows } = await client.query(
      `select (select count(*) from users) as users, (select count(*) from activities) as activities,
              (select count(*) from products) as products, (select count(*) from campaigns) as campaigns,
              (select count(*) from follows f join users u on u.id = f.follower_id where u.email = $1) as power_user_follows`,
      [ACCOUNTS.power]
    )
    return Object.fromEntries(
      Object.entries(rows[0]).map(([key, value]) => [key, Number(value)])
    ) as Record<'users' | 'activities' | 'products' | 'campaigns' | 'power_user_follows', number>
  } finally {
    await client.end()
  }
}

/**
 * The bench database (created if missing, migrated, `large` profile seeded once:
 * the seeder skips a seeded profile) and the production build of the source
 * (tests left out; BENCH_REUSE_BUILD=1 keeps an existing one).
 */
export async function prepare() {
  const reuse = process.env.BENCH_REUSE_BUILD === '1' && existsSync(`${BUILD}/bin/server.js`)
  if (SOURCE_REVISION && !reuse) exportRevision(SOURCE_REVISION)
  step(`PostgreSQL database ${DATABASE}`)
  console.log(`  ${await ensureDatabase()}`)
  await runNode(['ace', 'migration:run', '--force'], appEnv())
  const seedStarted = performance.now()
  const seeded = await runNode(['ace', 'marquee:seed', '--profile', PROFILE], appEnv())
  const commandMs = Math.round(performance.now() - seedStarted)
  const seedLine =
    seeded
      .split('\n')
      .find((line) => new RegExp(`${PROFILE}:`).test(line) && !/%/.test(line))
      ?.replace(/^\[ \w+ \]\s*/, '') ?? 'seeded'
  console.log(`  ${seedLine} (marquee:seed took ${commandMs} ms)`)
  // The seeding time of this run; undefined when the profile was seeded by an earlier run (skipped).
  const found = /seeded in (\d+) ms/.exec(seedLine)
  const seedMs = found ? Number(found[1]) : undefined
  const shape = { ...(await dataSet()), seedMs, seedLine }
  console.log(
    `  ${Object.entries(shape)
      .filter(([key]) => key !== 'seedLine')
      .map(([key, value]) => `${key} ${value}`)
      .join(' · ')}`
  )
  console.log(
    `  ${await clearCache()} cached entries of an earlier run dropped (Redis db ${REDIS_DB})`
  )

  if (reuse) {
    step(`Production build: reusing ${BUILD} (BENCH_REUSE_BUILD=1)`)
    return shape
  }
  step(
    `Production build (node ace build → ${BUILD.slice(ROOT.length)}, run with the root node_modules)`
  )
  mkdirSync(`${SOURCE}tmp/bench`, { recursive: true })
  writeFileSync(
    `${SOURCE}tmp/bench/tsconfig.json`,
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { rootDir: '../..', outDir: './build' },
      include: ['../../**/*'],
      // The server needs no tests; leaving them out also keeps unfinished specs from failing the build.
      exclude: ['../../node_modules', '../../build', '../../cli', '../../tmp', '../../tests'],
    })
  )
  const started = performance.now()
  // A path relative to the app root: the assembler does not take an absolute one.
  await runNode(
    ['ace', 'build', '--tsconfig=tmp/bench/tsconfig.json'],
    appEnv({ NODE_ENV: 'production' })
  )
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return shape
}

/**
 * Drops what an earlier run left in the bench's Redis cache: the uncached
 * scenarios walk the same keys every run, and within their TTL a second run
 * would read the first one's entries.
 */
async function clearCache() {
  const connection = new Redis({ ...redis, db: Number(REDIS_DB), lazyConnect: true })
  try {
    await connection.connect()
    return await deleteMatching(connection, `${CACHE_PREFIX}:*`)
  } finally {
    connection.disconnect()
  }
}

/** `git archive` of the revision into SOURCE, with the root node_modules linked in. */
function exportRevision(revision: string) {
  step(
    `Source: git revision ${revision} (${execSync(
      `git rev-parse --short ${JSON.stringify(revision)}`,
      { cwd: ROOT }
    )
      .toString()
      .trim()}) → ${SOURCE}`
  )
  rmSync(SOURCE, { recursive: true, force: true })
  mkdirSync(SOURCE, { recursive: true })
  execSync(`git archive ${JSON.stringify(revision)} | tar -x -C ${JSON.stringify(SOURCE)}`, {
    cwd: ROOT,
  })
  symlinkSync(`${ROOT}node_modules`, `${SOURCE}node_modules`)
}
