import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DEMO_PASSWORD, seedDemoAccounts } from '#services/operations/seeding/demo_accounts'

export { DEMO_PASSWORD }

/**
 * Demo data for `npm run demo`: the demo accounts, written by the same code as
 * the `demo` profile of `POST /api/v1/admin/seed` and `node ace marquee:seed`.
 * Idempotent (accounts are looked up by e-mail).
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    const { accounts, admin } = await seedDemoAccounts(this.client)

    const line = `Demo admin: ${admin.email} / ${admin.password}`
    const others = `Other demo users (${accounts - 1}): *@marquee.local / ${DEMO_PASSWORD}`
    const width = Math.max(line.length, others.length)
    const border = `+${'-'.repeat(width + 2)}+`
    console.log([border, `| ${line.padEnd(width)} |`, `| ${others.padEnd(width)} |`, border].join('\n'))
  }
}
