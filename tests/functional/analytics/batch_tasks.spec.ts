import { test } from '@japa/runner'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { run, suiteEnv } from '#tests/support/child_app'

/** The agreed schedule (app/services/operations/batch_tasks.ts), as batch task name → ace command and cron. */
const SCHEDULE: Record<string, [string, string]> = {
  'engagement-metrics': ['analytics:engagement', '*/5 * * * *'],
  'trending': ['community:trending', '*/15 * * * *'],
  'analytics-aggregation': ['analytics:aggregate', '*/10 * * * *'],
  'cache-maintenance': ['cache:maintain', '*/30 * * * *'],
  'notification-digests': ['notifications:digest', '0 * * * *'],
  'ad-request-reminders': ['marketplace:remind', '0 9 * * *'],
  'monthly-sponsor-reports': ['marketplace:monthly-report', '0 7 1 * *'],
  'creator-weekly-summaries': ['community:weekly-summary', '0 8 * * 1'],
  'cleanup': ['cleanup:run', '30 3 * * *'],
}

test.group('analytics / the scheduled tasks', (group) => {
  isolate(group)

  test('the admin batch API lists all nine with their command and cron', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const res = await client.get('/api/v1/admin/batch').bearerToken(token)
    res.assertStatus(200)
    const listed = Object.fromEntries(
      res
        .body()
        .data.map((t: { name: string; command: string; cron: string }) => [
          t.name,
          [t.command, t.cron],
        ])
    )
    for (const [name, expected] of Object.entries(SCHEDULE))
      assert.deepEqual(listed[name], expected, name)
  })

  test('schedule:list shows each with its cron and next run, and each command runs', async ({
    assert,
  }) => {
    const env = suiteEnv()
    const out = await run(['ace.js', 'schedule:list', '--json'], env)
    assert.equal(out.code, 0, out.output)
    const { tasks } = JSON.parse(out.output.slice(out.output.indexOf('{')))
    for (const [name, [command, cron]] of Object.entries(SCHEDULE)) {
      const task = tasks.find((t: { name: string }) => t.name === name)
      assert.deepInclude(task, { command, cron }, name)
      assert.isAbove(Date.parse(task.nextRunAt), Date.now(), name)
    }
    for (const command of ['analytics:aggregate', 'analytics:engagement']) {
      const ran = await run(['ace.js', command], env)
      assert.equal(ran.code, 0, ran.output)
      assert.match(ran.output, /\d{4}-\d\d-\d\dT[\d:.]+Z \S+: completed in \d+ ms/)
    }
  }).timeout(120_000)
})
