import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import AppException from '#exceptions/app_exception'
import { BulkSeeder, plannedRows, type BulkCounts } from '#services/operations/seeding/bulk_seeder'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '#services/operations/seeding/demo_accounts'
import { DEMO_CONTENT_ROWS, seedDemoContent, type DemoContentCounts } from '#services/operations/seeding/demo_content'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import CacheService from '#services/operations/cache_service'
import { powerUserEmail, SEED_PROFILES, type SeedProfile } from '#services/operations/seeding/profiles'

export interface SeedReport {
  profile: SeedProfile
  /** The profile's bulk data was there already (its power user exists): only the demo data was refreshed. */
  skipped: boolean
  durationMs: number
  demoAccounts: number
  /** Demo content rows this run created (all zero when it was there already). */
  demoContent: DemoContentCounts
  /** Rows the bulk part wrote; null for `demo` and when skipped. */
  rows: BulkCounts | null
  /** The shopper following the profile's most creators (password DEMO_PASSWORD); null for `demo`. */
  powerUser: string | null
}

export interface SeedOptions {
  /** Lucid connection to seed (default: the primary one). */
  connection?: string
  /** Called with the whole percentage done (0–100) each time it grows. */
  progress?: (percent: number) => unknown
}

/** A demo account's share of the progress, in rows: its password hash costs about as much as inserting that many. */
const ACCOUNT_WEIGHT = 50

export const isSeedProfile = (value: unknown): value is SeedProfile => (SEED_PROFILES as readonly unknown[]).includes(value)

/** Seeding writes accounts whose passwords are published: production refuses it unless forced. */
export function assertSeedingAllowed(force = false) {
  if (app.inProduction && !force) {
    throw AppException.forbidden('E_SEED_IN_PRODUCTION', 'Seeding is refused in production; pass force to run it anyway')
  }
}

/**
 * Seeds a profile in one transaction: the demo accounts (refreshed on every
 * run) and the demo content (written where missing), then for `small` and
 * `large` their bulk data unless it is there already. All or nothing, so a
 * crashed run leaves no half profile and a retry starts clean. Afterwards the
 * cached catalogue is dropped, so a running server lists the new products at
 * once. Used by the seed job, `node ace marquee:seed` and `node ace db:seed`.
 */
@inject()
export default class SeedRunner {
  constructor(private cache: CacheService) {}

  async run(profile: SeedProfile, { connection, progress }: SeedOptions = {}): Promise<SeedReport> {
    if (!isSeedProfile(profile)) throw new Error(`Unknown seed profile "${profile}"`)
    const started = performance.now()
    const total = DEMO_ACCOUNTS * ACCOUNT_WEIGHT + DEMO_CONTENT_ROWS + (profile === 'demo' ? 0 : plannedRows(profile))
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

    const { skipped, rows, demoContent } = await db.connection(connection).transaction(async (trx) => {
      await seedDemoAccounts(trx, () => advance(ACCOUNT_WEIGHT))
      const content = await seedDemoContent(trx)
      await advance(DEMO_CONTENT_ROWS)
      if (profile === 'demo') return { skipped: false, rows: null, demoContent: content }
      if (await trx.from('users').where('email', powerUserEmail(profile)).first()) return { skipped: true, rows: null, demoContent: content }
      // One hash for every bulk account: scrypt per account would take minutes.
      const passwordHash = await hash.use('scrypt').make(DEMO_PASSWORD)
      return { skipped: false, rows: await new BulkSeeder(trx, profile, passwordHash, advance).run(), demoContent: content }
    })
    await invalidateCatalogue(this.cache)
    await progress?.(100)

    return {
      profile,
      skipped,
      durationMs: Math.round(performance.now() - started),
      demoAccounts: DEMO_ACCOUNTS,
      demoContent,
      rows,
      powerUser: profile === 'demo' ? null : powerUserEmail(profile),
    }
  }
}
