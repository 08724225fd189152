import { BaseSchema } from '@adonisjs/lucid/schema'

/** When a member deleted their account: the row stays as an anonymous "Deleted user" their kept content points at. */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.timestamp('deleted_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => {
      table.dropColumn('deleted_at')
    })
  }
}
