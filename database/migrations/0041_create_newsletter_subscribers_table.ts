import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('newsletter_subscribers', (table) => {
      table.increments('id')
      table.string('email', 254).notNullable().unique()
      table.string('status', 16).notNullable().defaultTo('pending')
      // Part of the signed confirmation link: a new subscription request invalidates older links.
      table.string('confirm_nonce', 64).nullable()
      table.timestamp('confirmation_sent_at', { useTz: true }).nullable()
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      table.timestamp('unsubscribed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['status', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable('newsletter_subscribers')
  }
}
