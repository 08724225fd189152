import app from '@adonisjs/core/services/app'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DEMO_PASSWORD, demoAdmin } from '#services/operations/seeding/demo_accounts'
import { DEMO_CONTENT } from '#services/operations/seeding/demo_content'
import SeedRunner from '#services/operations/seeding/seed_runner'

export { DEMO_PASSWORD }

/**
 * Demo data for `npm run demo`: the demo accounts and their content, written
 * in one transaction by the same code as the `demo` profile of
 * `POST /api/v1/admin/seed` and `node ace marquee:seed`. Idempotent (rows are
 * looked up by natural keys).
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    const runner = await app.container.make(SeedRunner)
    const { demoAccounts } = await runner.run('demo', { connection: this.client.connectionName })
    const admin = demoAdmin()

    const line = `Demo admin: ${admin.email} / ${admin.password}`
    const others = `Other demo users (${demoAccounts - 1}): *@marquee.local / ${DEMO_PASSWORD}`
    const content = `Demo content: ${DEMO_CONTENT.products} products, ${DEMO_CONTENT.campaigns} campaigns, ${DEMO_CONTENT.skillPlans} skill plans`
    const width = Math.max(line.length, others.length, content.length)
    const border = `+${'-'.repeat(width + 2)}+`
    console.log([border, ...[line, others, content].map((text) => `| ${text.padEnd(width)} |`), border].join('\n'))
  }
}
