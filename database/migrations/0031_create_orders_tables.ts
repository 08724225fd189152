import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('cart_items', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('product_id')
        .unsigned()
        .notNullable()
        .references('products.id')
        .onDelete('CASCADE')
      table.integer('quantity').unsigned().notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'product_id'])
    })

    this.schema.createTable('addresses', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('recipient', 120).notNullable()
      table.string('line1', 200).notNullable()
      table.string('line2', 200).nullable()
      table.string('city', 100).notNullable()
      table.string('postal_code', 20).notNullable()
      table.string('country', 2).notNullable()
      table.string('phone', 30).nullable()
      table.boolean('is_default').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id'])
    })

    this.schema.createTable('sales', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.string('status', 16).notNullable().defaultTo('paid')
      table.string('currency', 3).notNullable()
      table.bigInteger('subtotal').notNullable()
      table.integer('tax_rate_bp').unsigned().notNullable()
      table.bigInteger('tax').notNullable()
      table.bigInteger('total').notNullable()
      table.text('address').notNullable()
      table.string('invoice_number', 32).notNullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable().index()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id', 'created_at'])
    })

    this.schema.createTable('sale_items', (table) => {
      table.increments('id')
      table.integer('sale_id').unsigned().notNullable().references('sales.id').onDelete('CASCADE')
      table
        .integer('product_id')
        .unsigned()
        .nullable()
        .references('products.id')
        .onDelete('SET NULL')
      table.integer('category_id').unsigned().nullable()
      table.integer('brand_id').unsigned().nullable()
      table.string('name', 200).notNullable()
      table.bigInteger('unit_price').notNullable()
      table.integer('quantity').unsigned().notNullable()
      table.bigInteger('line_total').notNullable()
      table.index(['sale_id'])
      table.index(['product_id'])
    })

    // One row per year; locked FOR UPDATE inside the checkout transaction, so numbers have no gaps.
    this.schema.createTable('invoice_counters', (table) => {
      table.integer('year').unsigned().primary()
      table.integer('last_number').unsigned().notNullable()
    })

    this.schema.createTable('idempotency_keys', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('key', 200).notNullable()
      table.string('request_hash', 64).notNullable()
      table.integer('response_status').unsigned().notNullable()
      table.text('response_body').notNullable()
      table.integer('sale_id').unsigned().nullable().references('sales.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'key'])
    })
  }

  async down() {
    for (const name of [
      'idempotency_keys',
      'invoice_counters',
      'sale_items',
      'sales',
      'addresses',
      'cart_items',
    ]) {
      this.schema.dropTable(name)
    }
  }
}
