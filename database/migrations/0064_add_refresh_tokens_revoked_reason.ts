import { BaseSchema } from '@adonisjs/lucid/schema'

/** Why a refresh token was revoked (logout, replay, password, account), so a refresh with it is answered precisely. */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('refresh_tokens', (table) => {
      table.string('revoked_reason', 16).nullable()
    })
  }

  async down() {
    this.schema.alterTable('refresh_tokens', (table) => {
      table.dropColumn('revoked_reason')
    })
  }
}
