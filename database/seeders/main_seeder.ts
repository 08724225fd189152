import app from '@adonisjs/core/services/app'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import SeedRunner, { DEMO_PASSWORD, seedCredentials } from '#platform/seeding/seed_runner'
import { DEMO_CONTENT } from '#services/operations/demo_content'

export { DEMO_PASSWORD }

/**
 * Demo data for `npm run demo`: the demo accounts and their content, written
 * in one transaction by the same code as the `demo` profile of
 * `POST /api/v1/admin/seed` and `node ace marquee:seed`. Adds only what is
 * missing, so it can run again without undoing changes. Refused in
 * production, where admins come from `node ace admin:create` and demo data
 * only from `node ace marquee:seed --force`.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    if (app.inProduction) {
      throw new Error(
        'db:seed writes demo data and is refused in production. Create the first admin with `node ace admin:create --email <address>`; ' +
          'to add demo data anyway, run `node ace marquee:seed --force` (its accounts get a random password, shown once).'
      )
    }
    const credentials = seedCredentials()
    const runner = await app.container.make(SeedRunner)
    const report = await runner.run('demo', { connection: this.client.connectionName, credentials })

    const lines = [
      credentials.admin
        ? `Demo admin: ${credentials.admin.email} / ${credentials.admin.password}`
        : null,
      `Other demo users (${report.demoAccounts - 1}): *@marquee.local / ${credentials.password}`,
      report.accountsCreated < report.demoAccounts
        ? 'Accounts that were there already keep their passwords and changes.'
        : null,
      `Demo content: ${DEMO_CONTENT.products} products, ${DEMO_CONTENT.campaigns} campaigns, ${DEMO_CONTENT.skillPlans} skill plans`,
    ].filter((line): line is string => line !== null)
    const width = Math.max(...lines.map((line) => line.length))
    const border = `+${'-'.repeat(width + 2)}+`
    console.log([border, ...lines.map((text) => `| ${text.padEnd(width)} |`), border].join('\n'))
  }
}
