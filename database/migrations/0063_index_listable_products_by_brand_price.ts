import { BaseSchema } from '@adonisjs/lucid/schema'

const INDEX = 'products_listable_brand_price_index'

/**
 * The count of an uncached product list page (listable products, brand
 * status checked through the brand join, usually a price range) read from
 * this partial index alone, in brand order for the join, instead of scanning
 * and sorting the table: PostgreSQL ~1.7 ms → ~0.9 ms per count at 5,000
 * products. The same statement works on SQLite (partial indexes, TRUE).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `create index ${INDEX} on products (brand_id, price, category_id) where active = true and hidden_at is null`
    )
  }

  async down() {
    this.schema.raw(`drop index ${INDEX}`)
  }
}
