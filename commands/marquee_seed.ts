import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { SEED_PROFILES } from '#platform/seeding/seed_runner'

/**
 * Seeds a profile in this process (the API runs the same code as a job):
 * `demo` accounts and content, or `small` / `large` data sets on top of them. Refused in
 * production unless --force, and there the accounts it creates get a random
 * password, printed once; exits 1 on failure.
 */
export default class MarqueeSeed extends BaseCommand {
  static commandName = 'marquee:seed'
  static description =
    'Seed the demo accounts and content, or a small or large data set on top of them'
  static help = [
    '`large`: 10,000 users, 100,000 activities, 5,000 products; its power user is large.power@seed.marquee.test.',
    '```',
    '{{ binaryName }} marquee:seed --profile large',
    '```',
  ]
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: `Profile to seed (${SEED_PROFILES.join(', ')})`, default: 'demo' })
  declare profile: string

  @flags.boolean({
    description: 'Seed even in production (created accounts get a random password, printed once)',
  })
  declare force: boolean

  @flags.string({ description: 'Lucid connection to seed (default: the primary one)' })
  declare connection?: string

  async run() {
    const {
      default: SeedRunner,
      assertSeedingAllowed,
      isSeedProfile,
    } = await import('#platform/seeding/seed_runner')
    const { seedCredentials } = await import('#platform/seeding/seed_runner')
    if (!isSeedProfile(this.profile))
      return this.fail(`Unknown profile "${this.profile}": choose from ${SEED_PROFILES.join(', ')}`)
    try {
      assertSeedingAllowed(this.force)
      const runner = await this.app.container.make(SeedRunner)
      const credentials = seedCredentials()
      const tty = Boolean(process.stdout.isTTY)
      let logged = -10
      const report = await runner.run(this.profile, {
        connection: this.connection,
        credentials,
        progress: (percent) => {
          if (tty)
            process.stdout.write(`\rseeding ${this.profile}: ${String(percent).padStart(3)}%`)
          else if (percent >= logged + 10 || percent === 100)
            this.logger.log(`seeding ${this.profile}: ${(logged = percent)}%`)
        },
      })
      if (tty) process.stdout.write('\n')
      const outcome = report.skipped ? 'already seeded (missing demo data added)' : 'seeded'
      this.logger.success(`${report.profile}: ${outcome} in ${report.durationMs} ms`)
      if (report.accountsCreated === 0)
        this.logger.log('no account created: existing accounts keep their passwords')
      else if (credentials.published)
        this.logger.log(
          `${report.accountsCreated} accounts created with the demo passwords of the README`
        )
      else
        this.logger.warning(
          `${report.accountsCreated} accounts created with the password ${credentials.password} (shown once, stored nowhere)`
        )
      if (report.rows) this.logger.log(JSON.stringify(report.rows))
      if (report.powerUser) this.logger.log(`power user: ${report.powerUser}`)
    } catch (error) {
      this.fail(`seeding ${this.profile} failed: ${(error as Error).message}`)
    }
  }

  private fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
