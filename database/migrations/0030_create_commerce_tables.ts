import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('categories', (table) => {
      table.increments('id')
      table
        .integer('parent_id')
        .unsigned()
        .nullable()
        .references('categories.id')
        .onDelete('RESTRICT')
      table.string('name', 80).notNullable()
      table.string('slug', 100).notNullable().unique()
      // Materialised path of ids ("/1/4/9/"): descendants are `path like '/1/4/%'`.
      table.string('path', 500).notNullable().index()
      table.integer('position').unsigned().notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('products', (table) => {
      table.increments('id')
      table.integer('brand_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table
        .integer('category_id')
        .unsigned()
        .nullable()
        .references('categories.id')
        .onDelete('SET NULL')
      table.string('name', 200).notNullable()
      table.text('description').notNullable()
      table.bigInteger('price').notNullable()
      table.string('currency', 3).notNullable().defaultTo('USD')
      table.integer('stock').notNullable().defaultTo(0)
      table.text('images').notNullable().defaultTo('[]')
      table.text('tags').notNullable().defaultTo('[]')
      table.boolean('featured').notNullable().defaultTo(false)
      table.boolean('active').notNullable().defaultTo(true)
      table.timestamp('hidden_at', { useTz: true }).nullable()
      table.integer('sales_count').unsigned().notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['category_id', 'active'])
      table.index(['brand_id'])
      table.index(['featured', 'active'])
      table.index(['price'])
    })
  }

  async down() {
    this.schema.dropTable('products')
    this.schema.dropTable('categories')
  }
}
