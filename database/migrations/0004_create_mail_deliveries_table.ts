import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('mail_deliveries', (table) => {
      table.increments('id')
      // The task id of the send job: a job that runs again finds its delivery and does not send twice.
      table.string('delivery_key', 200).notNullable().unique()
      table.string('mail', 64).notNullable()
      table.string('recipient', 254).notNullable()
      table.string('subject', 300).notNullable()
      table.string('status', 16).notNullable()
      table.string('message_id', 300).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('sent_at', { useTz: true }).nullable()
      table.index(['recipient', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable('mail_deliveries')
  }
}
