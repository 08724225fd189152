import { BaseSchema } from '@adonisjs/lucid/schema'

/** The terms a brand changed on a pending ad request (an `edit` step of its history), as JSON. */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('negotiation_offers', (table) => {
      table.text('changes').nullable()
    })
  }

  async down() {
    this.schema.alterTable('negotiation_offers', (table) => {
      table.dropColumn('changes')
    })
  }
}
