import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('users', (table) => {
      table.increments('id')
      table.string('email', 254).notNullable().unique()
      table.string('password').notNullable()
      table.string('full_name', 120).notNullable()
      table.string('role', 16).notNullable().index()
      table.string('status', 16).notNullable().defaultTo('active').index()
      table.string('rejection_reason', 500).nullable()
      table.timestamp('email_verified_at', { useTz: true }).nullable()
      table.timestamp('blocked_at', { useTz: true }).nullable().index()
      table.string('block_reason', 500).nullable()
      table.timestamp('flagged_at', { useTz: true }).nullable().index()
      table.string('flag_reason', 500).nullable()
      table.text('privacy').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('sponsor_profiles', (table) => {
      table.increments('id')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .unique()
        .references('users.id')
        .onDelete('CASCADE')
      table.string('company_name', 160).notNullable()
      table.string('industry', 80).nullable()
      table.bigInteger('budget').notNullable().defaultTo(0)
      table.string('website', 300).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('influencer_profiles', (table) => {
      table.increments('id')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .unique()
        .references('users.id')
        .onDelete('CASCADE')
      table.string('niche', 80).nullable().index()
      table.text('platforms').notNullable().defaultTo('[]')
      table.integer('reach').unsigned().notNullable().defaultTo(0)
      table.string('bio', 1000).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('influencer_profiles')
    this.schema.dropTable('sponsor_profiles')
    this.schema.dropTable('users')
  }
}
