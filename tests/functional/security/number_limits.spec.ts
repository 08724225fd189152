import { test } from '@japa/runner'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'

/** Numbers beyond what their column holds are refused by the validator, never sent to the database. */
test.group('security / numbers in queries and bodies stay within their columns', (group) => {
  isolate(group)

  test('a filter beyond any stored value is a 422 naming the field', async ({ client, assert }) => {
    const admin = await actor('admin')
    const sponsor = await actor('sponsor')
    const cases = [
      ['/api/v1/influencers?minReach=1e20', sponsor, 'minReach'],
      ['/api/v1/campaigns?minBudget=1e20', sponsor, 'minBudget'],
      ['/api/v1/campaigns?maxBudget=1e20', sponsor, 'maxBudget'],
      ['/api/v1/admin/sales?minTotal=1e20', admin, 'minTotal'],
    ] as const
    for (const [url, who, field] of cases) {
      const res = await client.get(url).bearerToken(who.token)
      res.assertStatus(422)
      assert.equal(res.body().errors[0].field, field, url)
    }
  })

  test('a report version beyond any stored one is a 422', async ({ client, assert }) => {
    const admin = await actor('admin')
    const res = await client
      .post('/api/v1/admin/moderation/reports/1/resolve')
      .json({ action: 'none', version: 1e20 })
      .bearerToken(admin.token)
    res.assertStatus(422)
    assert.equal(res.body().errors[0].field, 'version')
  })
})
