import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Aggregates the scheduled analytics tasks write and the analytics reads use:
 * analytics events per subject, type and UTC day; the last event rolled in;
 * and each member's engagement over the last 7 and 30 days.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('analytics_daily', (table) => {
      table.string('subject_type', 32).notNullable()
      table.integer('subject_id').unsigned().notNullable()
      table.string('type', 40).notNullable()
      table.string('day', 10).notNullable()
      table.integer('events').notNullable()
      table.integer('unique_users').notNullable()
      table.primary(['subject_type', 'subject_id', 'type', 'day'])
      table.index(['day'])
    })

    this.schema.createTable('analytics_rollups', (table) => {
      table.string('name', 40).primary()
      table.bigInteger('last_event_id').notNullable().defaultTo(0)
      table.timestamp('rolled_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('user_engagement', (table) => {
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('window_days').notNullable()
      table.integer('plan_views').notNullable()
      table.integer('unique_viewers').notNullable()
      table.integer('likes').notNullable()
      table.integer('downloads').notNullable()
      table.integer('ratings').notNullable()
      table.integer('comments').notNullable()
      table.integer('new_followers').notNullable()
      table.integer('actions').notNullable()
      table.timestamp('computed_at', { useTz: true }).notNullable()
      table.primary(['user_id', 'window_days'])
    })

    this.schema.alterTable('analytics_events', (table) => {
      table.index(['created_at'])
    })
  }

  async down() {
    this.schema.alterTable('analytics_events', (table) => {
      table.dropIndex(['created_at'])
    })
    this.schema.dropTable('user_engagement')
    this.schema.dropTable('analytics_rollups')
    this.schema.dropTable('analytics_daily')
  }
}
