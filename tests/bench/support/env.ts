import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'

/** The app's root and the benchmarks' work folder (results, private Redis). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
export const WORK = `${ROOT}tmp/bench`
/**
 * The code under test: the working tree, or with BENCH_SOURCE=<git revision>
 * that revision exported outside the repository (unaffected by edits in
 * progress, and out of reach of the repository's type check).
 */
export const SOURCE_REVISION = process.env.BENCH_SOURCE
export const SOURCE = SOURCE_REVISION ? `${tmpdir()}/marquee-bench-src/` : ROOT
/** The production build of SOURCE, run with the root node_modules. */
export const BUILD = `${SOURCE}tmp/bench/build`

/** The seed profile measured: `large` (default) or `xlarge` (BENCH_PROFILE), each in its own database. */
export const PROFILE = process.env.BENCH_PROFILE === 'xlarge' ? 'xlarge' : 'large'
export const DATABASE =
  process.env.BENCH_DATABASE ?? (PROFILE === 'large' ? 'marquee_bench' : `marquee_bench_${PROFILE}`)
export const REDIS_DB = process.env.BENCH_REDIS_DB ?? '4'
/**
 * Ports: the bench's server takes BENCH_PORT, the soak +1, the fault scripts
 * +2 (database), +3 (Redis), +4 (checkout) and +5 (the database fault's proxy).
 */
export const SERVER_PORT = Number(process.env.BENCH_PORT ?? 3390)
/** The private Redis of the Redis fault (never the shared one). */
export const FAULT_REDIS_PORT = Number(process.env.BENCH_FAULT_REDIS_PORT ?? 6391)

/** Seeded accounts (the profile on top of the demo accounts), all with the demo password except the admin. */
export const ACCOUNTS = {
  power: `${PROFILE}.power@seed.marquee.test`,
  influencer: `${PROFILE}.influencer.0@seed.marquee.test`,
  shopper: (n: number) => `${PROFILE}.shopper.${n}@seed.marquee.test`,
  password: 'marquee-demo-2026',
  admin: { email: 'admin@marquee.local', password: 'marquee-admin-2026' },
}

export const database = {
  host: process.env.DB_HOST ?? '127.0.0.1',
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USER ?? 'postgres',
  password: process.env.DB_PASSWORD ?? '',
}

export const redis = {
  host: process.env.REDIS_HOST ?? '127.0.0.1',
  port: Number(process.env.REDIS_PORT ?? 6379),
}

/** Environment of every app process: the bench database and Redis database, nothing from .env files. */
export function appEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    DB_CONNECTION: 'postgres',
    DB_HOST: database.host,
    DB_PORT: String(database.port),
    DB_USER: database.user,
    DB_PASSWORD: database.password,
    DB_DATABASE: DATABASE,
    REDIS_HOST: redis.host,
    REDIS_PORT: String(redis.port),
    REDIS_DB,
    QUEUE_PREFIX: 'marquee-bench',
    LOG_LEVEL: 'warn',
    ...overrides,
  }
}

/** Environment of a production server or worker under test. */
export function productionEnv(port: number, overrides: Record<string, string> = {}) {
  return appEnv({
    NODE_ENV: 'production',
    APP_KEY: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    CORS_ORIGINS: 'none',
    BENCH_MODE: 'true',
    // The login scenario logs in thousands of times a minute from one address.
    AUTH_RATE_LIMIT: '100000000',
    AUTH_CLIENT_RATE_LIMIT: '100000000',
    ...overrides,
  })
}

export const step = (message: string) => console.log(`\n▸ ${message}`)
