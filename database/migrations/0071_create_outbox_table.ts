import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Jobs (e-mails among them) caused by a change, written in the change's
 * transaction and relayed to the queue afterwards: a queue outage delays them,
 * never loses them.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('outbox', (table) => {
      table.increments('id')
      table.string('queue', 32).notNullable()
      table.string('job_name', 64).notNullable()
      table.text('payload').notNullable()
      // The queue job id when the caller chose one; null means `outbox-<id>`.
      table.string('job_id', 160).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('relayed_at', { useTz: true }).nullable()
      table.integer('attempts').notNullable().defaultTo(0)
      table.text('last_error').nullable()
      table.index(['relayed_at', 'id'])
      table.index(['job_id'])
    })
  }

  async down() {
    this.schema.dropTable('outbox')
  }
}
