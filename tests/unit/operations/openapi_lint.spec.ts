import { test } from '@japa/runner'
import { createConfig, lintFromString } from '@redocly/openapi-core'
import { buildApiDocument } from '#openapi/document'

test.group('operations / OpenAPI document lint', () => {
  test("passes Redocly's recommended ruleset without a warning", async ({ assert }) => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({
      source: JSON.stringify(buildApiDocument()),
      absoluteRef: 'openapi.json',
      config,
    })
    const found = problems.map(
      (problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`
    )
    assert.deepEqual(found, [])
  }).timeout(30_000)
})
