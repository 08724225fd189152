import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('campaigns', (table) => {
      table.increments('id')
      table
        .integer('sponsor_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table.string('name', 160).notNullable()
      table.text('description').notNullable()
      table.string('niche', 80).notNullable().index()
      table.text('goals').notNullable().defaultTo('[]')
      table.bigInteger('budget').notNullable()
      table.string('currency', 3).notNullable().defaultTo('USD')
      table.date('start_date').notNullable()
      table.date('end_date').notNullable()
      table.string('visibility', 16).notNullable().defaultTo('public')
      table.string('status', 16).notNullable().defaultTo('draft')
      table.timestamp('flagged_at', { useTz: true }).nullable()
      table.string('flag_reason', 500).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['visibility', 'status'])
      table.index(['sponsor_id', 'status'])
    })

    this.schema.createTable('ad_requests', (table) => {
      table.increments('id')
      table
        .integer('campaign_id')
        .unsigned()
        .notNullable()
        .references('campaigns.id')
        .onDelete('CASCADE')
      table
        .integer('sponsor_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table
        .integer('influencer_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table.string('initiated_by', 16).notNullable()
      table.text('requirements').notNullable()
      table.text('deliverables').notNullable()
      table.bigInteger('payment_amount').notNullable()
      table.bigInteger('agreed_amount').nullable()
      table.string('status', 16).notNullable().defaultTo('pending').index()
      table.integer('last_offer_by').unsigned().nullable()
      table.string('rejection_reason', 500).nullable()
      table.timestamp('responded_at', { useTz: true }).nullable()
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['campaign_id', 'influencer_id'])
      table.index(['influencer_id', 'status'])
      table.index(['sponsor_id', 'status'])
    })

    this.schema.createTable('negotiation_offers', (table) => {
      table.increments('id')
      table
        .integer('ad_request_id')
        .unsigned()
        .notNullable()
        .references('ad_requests.id')
        .onDelete('CASCADE')
      table.integer('author_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('kind', 16).notNullable()
      table.bigInteger('amount').notNullable()
      table.string('message', 2000).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['ad_request_id', 'id'])
    })

    this.schema.createTable('conversations', (table) => {
      table.increments('id')
      table
        .integer('sponsor_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table
        .integer('influencer_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table.timestamp('last_message_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['sponsor_id', 'influencer_id'])
      table.index(['influencer_id'])
    })

    this.schema.createTable('messages', (table) => {
      table.increments('id')
      table
        .integer('conversation_id')
        .unsigned()
        .notNullable()
        .references('conversations.id')
        .onDelete('CASCADE')
      table.integer('sender_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('ad_request_id')
        .unsigned()
        .nullable()
        .references('ad_requests.id')
        .onDelete('SET NULL')
      table.text('body').notNullable()
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('hidden_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['conversation_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable('messages')
    this.schema.dropTable('conversations')
    this.schema.dropTable('negotiation_offers')
    this.schema.dropTable('ad_requests')
    this.schema.dropTable('campaigns')
  }
}
