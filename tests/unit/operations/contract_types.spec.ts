import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { buildApiDocument } from '#openapi/document'
import { CLI_TYPES_FILE, renderCliTypes } from '#platform/openapi/cli_types'

test.group('operations / CLI types generated from the OpenAPI document', () => {
  test('cli/src/api/generated.ts is what the document generates today', async ({ assert }) => {
    const expected = await renderCliTypes(buildApiDocument())
    const written = await readFile(app.makePath(CLI_TYPES_FILE), 'utf8').catch(() => '')
    assert.isTrue(
      written === expected,
      `${CLI_TYPES_FILE} is stale (the API contract changed): run npm run contract:types`
    )
  }).timeout(30_000)
})
