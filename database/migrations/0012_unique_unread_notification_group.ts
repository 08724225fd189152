import { BaseSchema } from '@adonisjs/lucid/schema'

/** At most one unread notification per recipient and group (grouping is race-free). */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      'create unique index notifications_unread_group_unique on notifications (user_id, group_key) where read_at is null'
    )
  }

  async down() {
    this.schema.raw('drop index notifications_unread_group_unique')
  }
}
