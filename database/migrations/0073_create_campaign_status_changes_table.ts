import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    // Every status a campaign took and when, so reports can tell which campaigns were active in a past month.
    this.schema.createTable('campaign_status_changes', (table) => {
      table.increments('id')
      table
        .integer('campaign_id')
        .unsigned()
        .notNullable()
        .references('campaigns.id')
        .onDelete('CASCADE')
      table.string('status', 16).notNullable()
      table.timestamp('changed_at', { useTz: true }).notNullable()
      table.index(['campaign_id', 'status'])
    })

    // Existing campaigns: all that was recorded is their creation and last update. A campaign past draft is taken
    // as active from its creation, and paused or completed since its last update.
    this.defer(async (db) => {
      await db.rawQuery(
        `insert into campaign_status_changes (campaign_id, status, changed_at)
         select id, case when status = 'draft' then 'draft' else 'active' end, created_at from campaigns order by id`
      )
      await db.rawQuery(
        `insert into campaign_status_changes (campaign_id, status, changed_at)
         select id, status, updated_at from campaigns where status in ('paused', 'completed') order by id`
      )
    })
  }

  async down() {
    this.schema.dropTable('campaign_status_changes')
  }
}
