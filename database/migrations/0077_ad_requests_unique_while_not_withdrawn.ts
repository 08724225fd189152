import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One live ad request per campaign and influencer, where "live" is any status
 * but `withdrawn`: a withdrawn request stays readable as history and no longer
 * stands in the way of a new invitation or application for the same pair.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('ad_requests', (table) => {
      table.dropUnique(['campaign_id', 'influencer_id'])
    })
    this.schema.raw(
      "create unique index ad_requests_live_pair_unique on ad_requests (campaign_id, influencer_id) where status <> 'withdrawn'"
    )
  }

  async down() {
    this.schema.raw('drop index ad_requests_live_pair_unique')
    this.schema.alterTable('ad_requests', (table) => {
      table.unique(['campaign_id', 'influencer_id'])
    })
  }
}
