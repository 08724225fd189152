import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('audit_logs', (table) => {
      table.increments('id')
      table.integer('actor_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.string('action', 64).notNullable().index()
      table.string('target_type', 32).notNullable()
      table.string('target_id', 64).notNullable()
      table.text('details').notNullable().defaultTo('{}')
      table.string('ip', 64).nullable()
      table.string('request_id', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().index()
      table.index(['target_type', 'target_id'])
    })
  }

  async down() {
    this.schema.dropTable('audit_logs')
  }
}
