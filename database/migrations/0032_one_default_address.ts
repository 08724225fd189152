import { BaseSchema } from '@adonisjs/lucid/schema'

/** At most one default address per user, whatever races the service loses (partial index: PostgreSQL and SQLite). */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      'create unique index addresses_one_default_per_user on addresses (user_id) where is_default'
    )
  }

  async down() {
    this.schema.raw('drop index addresses_one_default_per_user')
  }
}
