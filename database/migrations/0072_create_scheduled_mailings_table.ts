import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    // One row per scheduled e-mail sent: its (kind, recipient, period) is claimed in the transaction that
    // queues it, so a rerun, a second scheduler or a queue emptied or left over by another database sends nothing twice or misses nothing.
    this.schema.createTable('scheduled_mailings', (table) => {
      table.increments('id')
      table.string('kind', 64).notNullable()
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('period', 64).notNullable()
      table.string('task_id', 200).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['kind', 'user_id', 'period'])
      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable('scheduled_mailings')
  }
}
