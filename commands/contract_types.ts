import { writeFile } from 'node:fs/promises'
import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** Writes the CLI's API types from the OpenAPI document the server builds (no server needs to run). */
export default class ContractTypes extends BaseCommand {
  static commandName = 'contract:types'
  static description =
    'Generate cli/src/api/generated.ts from the OpenAPI document (openapi-typescript)'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { buildApiDocument } = await import('#openapi/document')
    const { CLI_TYPES_FILE, renderCliTypes } = await import('#platform/openapi/cli_types')
    await writeFile(this.app.makePath(CLI_TYPES_FILE), await renderCliTypes(buildApiDocument()))
    this.logger.success(`Wrote ${CLI_TYPES_FILE}`)
  }
}
