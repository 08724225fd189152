import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    // A member's private list of members who may no longer reach them; looked up by the blocked side on every check.
    this.schema.createTable('member_blocks', (table) => {
      table
        .integer('blocker_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table
        .integer('blocked_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['blocker_id', 'blocked_id'])
      table.index(['blocked_id', 'blocker_id'])
    })
  }

  async down() {
    this.schema.dropTable('member_blocks')
  }
}
