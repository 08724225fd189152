import { BaseSchema } from '@adonisjs/lucid/schema'

/** The trace of the change that wrote an outbox row (W3C headers as JSON), continued by its job. */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('outbox', (table) => {
      table.text('trace_context').nullable()
    })
  }

  async down() {
    this.schema.alterTable('outbox', (table) => {
      table.dropColumn('trace_context')
    })
  }
}
