import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('notifications', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('type', 40).notNullable()
      // Unread notifications with the same group key are merged ("12 people liked your plan").
      table.string('group_key', 160).notNullable()
      table.text('actor_ids').notNullable().defaultTo('[]')
      table.integer('actor_count').unsigned().notNullable().defaultTo(1)
      table.string('title', 300).notNullable()
      table.string('body', 1000).nullable()
      table.text('data').notNullable().defaultTo('{}')
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('emailed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id', 'read_at'])
      table.index(['user_id', 'group_key'])
      table.index(['user_id', 'updated_at'])
    })
  }

  async down() {
    this.schema.dropTable('notifications')
  }
}
