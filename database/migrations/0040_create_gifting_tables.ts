import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('swipe_sessions', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      // The optional recipient of the gift; budgets in integer minor units.
      table.integer('recipient_age_min').unsigned().nullable()
      table.integer('recipient_age_max').unsigned().nullable()
      table.text('interests').notNullable().defaultTo('[]')
      table.bigInteger('budget_min').nullable()
      table.bigInteger('budget_max').nullable()
      // Bumped by every swipe: a recommendation list generated at an older revision is stale.
      table.integer('revision').unsigned().notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id', 'created_at'])
    })

    this.schema.createTable('swipes', (table) => {
      table.increments('id')
      table
        .integer('session_id')
        .unsigned()
        .notNullable()
        .references('swipe_sessions.id')
        .onDelete('CASCADE')
      table
        .integer('product_id')
        .unsigned()
        .notNullable()
        .references('products.id')
        .onDelete('CASCADE')
      table.string('action', 16).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['session_id', 'product_id'])
      table.index(['product_id'])
    })

    this.schema.createTable('gift_recommendations', (table) => {
      table.increments('id')
      table
        .integer('session_id')
        .unsigned()
        .notNullable()
        .references('swipe_sessions.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('product_id')
        .unsigned()
        .notNullable()
        .references('products.id')
        .onDelete('CASCADE')
      table.integer('rank').unsigned().notNullable()
      table.double('score').notNullable()
      table.text('breakdown').notNullable().defaultTo('{}')
      table.integer('session_revision').unsigned().notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['session_id', 'product_id'])
      table.index(['session_id', 'rank'])
    })

    // Kept when a list is regenerated (recommendation_id becomes null): feedback outlives the list.
    this.schema.createTable('recommendation_interactions', (table) => {
      table.increments('id')
      table
        .integer('recommendation_id')
        .unsigned()
        .nullable()
        .references('gift_recommendations.id')
        .onDelete('SET NULL')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('product_id')
        .unsigned()
        .notNullable()
        .references('products.id')
        .onDelete('CASCADE')
      table.string('type', 16).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'product_id', 'type'])
      table.index(['recommendation_id'])
    })
  }

  async down() {
    this.schema.dropTable('recommendation_interactions')
    this.schema.dropTable('gift_recommendations')
    this.schema.dropTable('swipes')
    this.schema.dropTable('swipe_sessions')
  }
}
