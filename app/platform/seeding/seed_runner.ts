import app from '@adonisjs/core/services/app'
import type { ContainerResolver } from '@adonisjs/core/container'
import type { ContainerBindings } from '@adonisjs/core/types'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import AppException from '#exceptions/app_exception'
import { BulkSeeder, plannedRows, type BulkCounts } from '#platform/seeding/bulk_seeder'
import {
  DEMO_ACCOUNTS,
  seedCredentials,
  seedDemoAccounts,
  type SeedCredentials,
} from '#platform/seeding/demo_accounts'
import { powerUserEmail, SEED_PROFILES, type SeedProfile } from '#platform/seeding/profiles'

export { SEED_PROFILES, type SeedProfile } from '#platform/seeding/profiles'
export {
  DEMO_PASSWORD,
  seedCredentials,
  type SeedCredentials,
} from '#platform/seeding/demo_accounts'

/**
 * The demo content written on top of the demo accounts (categories, products,
 * plans, follows …). It is domain data written through domain services, so
 * the app registers it at boot (start/registries.ts registers
 * app/services/operations/demo_content.ts) and the seed runner imports no domain code.
 */
export interface DemoContent<Counts extends Record<string, number> = Record<string, number>> {
  /** Rows it writes in all: its share of the progress. */
  rows: number
  /** Writes what is missing, in the seed's transaction; resolves to the rows it created, per kind. */
  seed(client: TransactionClientContract): Promise<Counts>
  /** After the seed committed (e.g. drop the cached reads of the seeded data). */
  afterSeed?(resolver: ContainerResolver<ContainerBindings>): Promise<void>
}

let registered: DemoContent | null = null

export function registerDemoContent(content: DemoContent) {
  registered = content
}

function registeredContent() {
  if (!registered) throw new Error('No demo content is registered (start/registries.ts)')
  return registered
}

export interface SeedReport {
  profile: SeedProfile
  /** The profile's bulk data was there already (its power user exists): only missing demo data was added. */
  skipped: boolean
  durationMs: number
  demoAccounts: number
  /** Demo accounts this run created (existing ones are left as they are). */
  accountsCreated: number
  /** Created accounts have the README's passwords (false in production: a random one for the run). */
  publishedPasswords: boolean
  /** Demo content rows this run created (all zero when it was there already). */
  demoContent: Record<string, number>
  /** Rows the bulk part wrote; null for `demo` and when skipped. */
  rows: BulkCounts | null
  /** The shopper following the profile's most creators (the run's password); null for `demo`. */
  powerUser: string | null
}

export interface SeedOptions {
  /** Lucid connection to seed (default: the primary one). */
  connection?: string
  /** Called with the whole percentage done (0–100) each time it grows. */
  progress?: (percent: number) => unknown
  /** Passwords of the accounts created (default: seedCredentials(), random in production). */
  credentials?: SeedCredentials
}

/** A demo account's share of the progress, in rows: its password hash costs about as much as inserting that many. */
const ACCOUNT_WEIGHT = 50

export const isSeedProfile = (value: unknown): value is SeedProfile =>
  (SEED_PROFILES as readonly unknown[]).includes(value)

/** Demo data has no place in production: seeding there needs an explicit `force`. */
export function assertSeedingAllowed(force = false) {
  if (app.inProduction && !force) {
    throw AppException.forbidden(
      'E_SEED_IN_PRODUCTION',
      'Seeding demo data is refused in production; pass force to run it anyway'
    )
  }
}

/**
 * Seeds a profile in one transaction: the demo accounts and content (only
 * what is missing: changed accounts and content stay as they are), then for
 * `small` and `large` their bulk data unless it is there already. All or nothing, so a
 * crashed run leaves no half profile and a retry starts clean. Afterwards the
 * demo content's `afterSeed` runs (the app drops its cached catalogue there, so
 * a running server lists the new products at once). Used by the seed job,
 * `node ace marquee:seed` and `node ace db:seed`.
 */
export default class SeedRunner {
  async run(
    profile: SeedProfile,
    { connection, progress, credentials = seedCredentials() }: SeedOptions = {}
  ): Promise<SeedReport> {
    if (!isSeedProfile(profile)) throw new Error(`Unknown seed profile "${profile}"`)
    const content = registeredContent()
    const started = performance.now()
    const total =
      DEMO_ACCOUNTS * ACCOUNT_WEIGHT +
      content.rows +
      (profile === 'demo' ? 0 : plannedRows(profile))
    let done = 0
    let reported = 0
    const advance = async (rows: number) => {
      done += rows
      const percent = Math.min(99, Math.floor((done / total) * 100))
      if (percent > reported) {
        reported = percent
        await progress?.(percent)
      }
    }

    const { skipped, rows, demoContent, accountsCreated } = await db
      .connection(connection)
      .transaction(async (trx) => {
        const created = await seedDemoAccounts(trx, credentials, () => advance(ACCOUNT_WEIGHT))
        const written = await content.seed(trx)
        await advance(content.rows)
        const demo = { demoContent: written, accountsCreated: created.length }
        if (profile === 'demo') return { skipped: false, rows: null, ...demo }
        if (await trx.from('users').where('email', powerUserEmail(profile)).first())
          return { skipped: true, rows: null, ...demo }
        // One hash for every bulk account: scrypt per account would take minutes.
        const passwordHash = await hash.use('scrypt').make(credentials.password)
        const bulk = await new BulkSeeder(trx, profile, passwordHash, advance).run()
        return { skipped: false, rows: bulk, ...demo, accountsCreated: created.length + bulk.users }
      })
    await content.afterSeed?.(app.container.createResolver())
    await progress?.(100)

    return {
      profile,
      skipped,
      durationMs: Math.round(performance.now() - started),
      demoAccounts: DEMO_ACCOUNTS,
      accountsCreated,
      publishedPasswords: credentials.published,
      demoContent,
      rows,
      powerUser: profile === 'demo' ? null : powerUserEmail(profile),
    }
  }
}
