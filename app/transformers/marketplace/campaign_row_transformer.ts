import { BaseTransformer } from '@adonisjs/core/transformers'
import Campaign from '#models/campaign'
import { campaignObject } from '#transformers/marketplace/campaign_transformer'

/** A `campaigns` row read with its sponsor's name, role and company (CampaignService.browse). */
export type CampaignRow = Record<string, unknown> & {
  sponsor_full_name: string
  sponsor_role: string
  sponsor_company_name: string | null
}

/**
 * The row's columns as the model's attributes, converted by the model's own
 * column definitions (dates, JSON, numbers), so a row shows exactly as a model does.
 */
function attributesOf(row: CampaignRow) {
  const attributes: Record<string, unknown> = {}
  for (const [name, column] of Campaign.$columnsDefinitions) {
    const value = row[column.columnName]
    attributes[name] = column.consume ? column.consume(value, name, Campaign.prototype) : value
  }
  return attributes as unknown as Campaign
}

/** The same JSON as CampaignTransformer, from a plain row instead of a hydrated model and its preloads. */
export default class CampaignRowTransformer extends BaseTransformer<CampaignRow> {
  toObject() {
    const row = this.resource
    const c = attributesOf(row)
    return campaignObject(c, {
      id: c.sponsorId,
      fullName: row.sponsor_full_name,
      role: row.sponsor_role as Campaign['sponsor']['role'],
      companyName: row.sponsor_company_name ?? null,
      niche: null,
    })
  }
}
