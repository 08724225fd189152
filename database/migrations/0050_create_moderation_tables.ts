import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('reports', (table) => {
      table.increments('id')
      // Null for reports filed by an auto-moderation rule.
      table.integer('reporter_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.string('target_type', 16).notNullable()
      table.integer('target_id').unsigned().notNullable()
      table.integer('target_owner_id').unsigned().nullable()
      table.string('reason', 16).notNullable()
      table.text('details').nullable()
      table.integer('rule_id').unsigned().nullable()
      table.string('status', 16).notNullable().defaultTo('open')
      table.double('priority').notNullable().defaultTo(0)
      table.integer('claimed_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('claim_expires_at', { useTz: true }).nullable()
      table.integer('resolved_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('resolved_at', { useTz: true }).nullable()
      table.string('action', 16).nullable()
      table.text('resolution_note').nullable()
      table.integer('version').unsigned().notNullable().defaultTo(1)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['status', 'priority'])
      table.index(['target_type', 'target_id', 'status'])
      table.index(['reporter_id', 'created_at'])
    })
    this.schema.raw(
      "create unique index reports_one_open_per_reporter on reports (reporter_id, target_type, target_id) where status in ('open', 'claimed')"
    )

    this.schema.createTable('moderation_rules', (table) => {
      table.increments('id')
      table.string('name', 120).notNullable()
      table.string('kind', 16).notNullable()
      table.text('keywords').notNullable().defaultTo('[]')
      table.string('pattern', 300).nullable()
      table.text('target_types').notNullable().defaultTo('[]')
      table.integer('threshold_count').unsigned().nullable()
      table.integer('threshold_minutes').unsigned().nullable()
      table.string('action', 16).notNullable()
      table.boolean('enabled').notNullable().defaultTo(true)
      table.integer('created_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('user_warnings', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('report_id').unsigned().nullable().references('reports.id').onDelete('SET NULL')
      table.integer('issued_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.text('message').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })

    this.schema.alterTable('users', (table) => {
      // Reporter credibility 0–100: moves up when their reports are upheld, down when dismissed.
      table.integer('credibility').notNullable().defaultTo(50)
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => table.dropColumn('credibility'))
    this.schema.dropTable('user_warnings')
    this.schema.dropTable('moderation_rules')
    this.schema.raw('drop index if exists reports_one_open_per_reporter')
    this.schema.dropTable('reports')
  }
}
