import db from '@adonisjs/lucid/services/db'
import { toCsv, type CsvCell } from '#platform/http/csv'

const COLUMNS = [
  'id',
  'name',
  'niche',
  'status',
  'visibility',
  'budget',
  'currency',
  'committed',
  'start_date',
  'end_date',
  'ad_requests',
  'accepted',
  'created_at',
] as const

/** Figures the drivers return as text (PostgreSQL numerics and counts): written as numbers. */
const NUMERIC = new Set<string>(['budget', 'committed', 'ad_requests', 'accepted'])

/** CSV of one brand's campaigns with their ad-request figures. */
export default class CampaignExport {
  async csv(sponsorId: number) {
    const rows = await db
      .from('campaigns as c')
      .leftJoin('ad_requests as r', 'r.campaign_id', 'c.id')
      .where('c.sponsor_id', sponsorId)
      .groupBy('c.id')
      .orderBy('c.id')
      .select(
        'c.id',
        'c.name',
        'c.niche',
        'c.status',
        'c.visibility',
        'c.budget',
        'c.currency',
        'c.start_date',
        'c.end_date',
        'c.created_at'
      )
      .select(
        db.raw(
          `coalesce(sum(case when r.status in ('accepted', 'completed') then r.agreed_amount else 0 end), 0) as committed`
        )
      )
      .select(db.raw('count(r.id) as ad_requests'))
      .select(
        db.raw(`sum(case when r.status in ('accepted', 'completed') then 1 else 0 end) as accepted`)
      )
    const records = rows.map((row) => COLUMNS.map((column) => cell(column, row[column])))
    return { csv: toCsv(COLUMNS, records), rows: rows.length }
  }
}

function cell(column: string, value: unknown): CsvCell {
  if (value === null || value === undefined) return null
  if (NUMERIC.has(column)) return Number(value)
  return value instanceof Date ? value : String(value)
}
