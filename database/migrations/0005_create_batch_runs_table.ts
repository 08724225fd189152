import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('batch_runs', (table) => {
      table.increments('id')
      table.string('task', 64).notNullable()
      table.string('trigger', 16).notNullable()
      table.string('status', 16).notNullable()
      table.string('task_id', 200).nullable()
      table.text('result').nullable()
      table.text('error').nullable()
      table.timestamp('started_at', { useTz: true }).notNullable()
      table.timestamp('finished_at', { useTz: true }).nullable()
      table.integer('duration_ms').unsigned().nullable()
      table.index(['task', 'started_at'])
    })

    this.schema.createTable('batch_settings', (table) => {
      table.string('task', 64).primary()
      table.boolean('paused').notNullable().defaultTo(false)
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('batch_settings')
    this.schema.dropTable('batch_runs')
  }
}
