import { BaseTransformer } from '@adonisjs/core/transformers'
import Campaign from '#models/campaign'
import { jsonColumn } from '#models/json_column'
import type { RowsPage } from '#platform/db/pagination'
import type { PageMeta } from '#platform/http/api_serializer'
import { campaignObject, type CampaignJson } from '#transformers/marketplace/campaign_transformer'
import { isoTime } from '#transformers/community/row_time'
import { isoDate as dayOf } from '#transformers/support'

/** A `campaigns` row read with its sponsor's name, role and company (CampaignService.browse). */
export type CampaignRow = Record<string, unknown> & {
  sponsor_full_name: string
  sponsor_role: string
  sponsor_company_name: string | null
}

const stringList = jsonColumn<string[]>([]).consume

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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A `date` column as the model's `toISODate()`: PostgreSQL's text (config/database.ts
 * keeps DATE as read) when it is a plain day already, the model's conversion otherwise.
 */
function isoDate(value: unknown, name: 'startDate' | 'endDate', row: CampaignRow) {
  if (typeof value === 'string' && ISO_DAY.test(value)) return value
  return dayOf(attributesOf(row)[name])
}

/**
 * The JSON of CampaignTransformer from a plain row, without a model, Luxon
 * or the transformer machinery per row (the campaign browse page's hot path):
 * the model's conversions done directly where the value is the usual one
 * (a Date, JSON text), the model's own column definitions otherwise.
 */
export function campaignRowObject(row: CampaignRow): CampaignJson {
  return {
    id: row.id as number,
    name: row.name as string,
    description: row.description as string,
    niche: row.niche as string,
    goals: stringList(row.goals as string),
    budget: Number(row.budget),
    currency: row.currency as string,
    startDate: isoDate(row.start_date, 'startDate', row),
    endDate: isoDate(row.end_date, 'endDate', row),
    visibility: row.visibility as Campaign['visibility'],
    status: row.status as Campaign['status'],
    flagged: Boolean(row.flagged_at),
    sponsor: {
      id: row.sponsor_id as number,
      fullName: row.sponsor_full_name,
      role: row.sponsor_role as Campaign['sponsor']['role'],
      companyName: row.sponsor_company_name ?? null,
      niche: null,
    },
    createdAt: isoTime(row.created_at as Date | string),
    updatedAt: isoTime(row.updated_at as Date | string),
  }
}

/** A page of rows as `ctx.serialize(data, meta)` answers a paginated transformer: `{ data, meta: PageMeta }`. */
export function campaignRowsPage(page: RowsPage<CampaignRow>): {
  data: CampaignJson[]
  meta: PageMeta
} {
  return { data: page.rows.map(campaignRowObject), meta: page.meta }
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
