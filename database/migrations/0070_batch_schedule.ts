import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The built-in scheduler: each scheduled run names the due time it is for
 * (unique per task, so one due time runs once however many schedulers tick),
 * runs say who triggered them (schedule, admin, cli), and every scheduler
 * process leaves a heartbeat.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('batch_runs', (table) => {
      table.timestamp('scheduled_for', { useTz: true }).nullable()
      table.unique(['task', 'scheduled_for'])
    })
    this.defer(async (db) => {
      await db.from('batch_runs').where('trigger', 'api').update({ trigger: 'admin' })
      await db.from('batch_runs').where('trigger', 'manual').update({ trigger: 'cli' })
    })

    this.schema.createTable('scheduler_heartbeats', (table) => {
      table.string('scheduler', 200).primary()
      table.string('mode', 16).notNullable()
      table.timestamp('started_at', { useTz: true }).notNullable()
      table.timestamp('seen_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('scheduler_heartbeats')
    this.schema.alterTable('batch_runs', (table) => {
      table.dropUnique(['task', 'scheduled_for'])
      table.dropColumn('scheduled_for')
    })
  }
}
